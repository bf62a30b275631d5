package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.TestNet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) while writing a checkpoint leaves the previous checkpoint loadable
 * under the final name, and no partial file there.
 */
class KilledWhileSavingTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void thePreviousCheckpointSurvivesAKillMidWrite() throws Exception {
    for (int attempt = 1; attempt <= 3; attempt++) {
      Path file = dir.resolve("attempt-" + attempt).resolve("model.npz");
      Files.createDirectories(file.getParent());
      Path partial = AtomicFiles.partialFile(file);
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-Dorg.bytedeco.javacpp.maxphysicalbytes=0", "-cp", System.getProperty("java.class.path"),
          CheckpointSaverMain.class.getName(), file.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      // the child's "saved k" lines, read on another thread (destroying a process closes its streams)
      List<String> printed = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          lines.lines().forEach(printed::add);
        } catch (IOException | UncheckedIOException e) {
          // the stream closes when the process is destroyed
        }
      });
      reader.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (printed.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(List.of("saved 1"), printed.subList(0, Math.min(1, printed.size())),
          "the child process should complete a first checkpoint");
      // the next save is under way as soon as its partial file exists: kill the process then
      while (!Files.exists(partial) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      reader.join(TimeUnit.SECONDS.toMillis(30));
      String last = printed.get(printed.size() - 1);
      int lastSeen = Integer.parseInt(last.substring("saved ".length()));
      if (!Files.exists(partial)) {
        continue; // the kill landed between two writes; try again
      }
      TestNet net = CheckpointSaverMain.network();
      Sgd sgd = CheckpointSaverMain.optimizer(net);
      CheckpointInfo info = Checkpoints.load(file, net, sgd);
      // one complete version k, at least the last one reported saved: metadata, weights and slot agree
      int k = info.epoch();
      assertTrue(k >= lastSeen, "the file holds version " + k + " but version " + lastSeen + " was completed");
      assertEquals(k, net.parameters().values().minNumber().intValue());
      assertEquals(k, net.parameters().values().maxNumber().intValue());
      assertEquals(k, sgd.slots().get("momentum").minNumber().intValue());
      assertEquals(k, sgd.slots().get("momentum").maxNumber().intValue());
      try (var names = Files.list(file.getParent())) {
        // the interrupted write is left under its temporary name only, to be replaced by the next save
        assertEquals(List.of(partial.getFileName().toString(), file.getFileName().toString()),
            names.map(p -> p.getFileName().toString()).sorted().toList());
      }
      return;
    }
    fail("in three attempts the kill never landed while a checkpoint was being written");
  }
}
