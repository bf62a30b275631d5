package dev.lamina.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run never lands in another run's directory unless asked to. */
class RunDirectoryTest {
  @TempDir
  Path root;

  @Test
  void freshDirectoriesAreNumberedAfterTheFirst() throws IOException {
    RunDirectory first = RunDirectory.fresh(root.resolve("runs"), "FashionCnn");
    assertEquals(root.resolve("runs/fashioncnn"), first.path());
    assertEquals("", first.note());
    RunDirectory second = RunDirectory.fresh(root.resolve("runs"), "FashionCnn");
    assertEquals(root.resolve("runs/fashioncnn-2"), second.path());
    assertEquals(root.resolve("runs/fashioncnn") + " holds an earlier run; writing to " + root.resolve("runs/fashioncnn-2")
        + " (choose the directory with --output-dir)", second.note());
    RunDirectory third = RunDirectory.fresh(root.resolve("runs"), "FashionCnn");
    assertTrue(third.note().startsWith(root.resolve("runs/fashioncnn") + " to " + root.resolve("runs/fashioncnn-2")
        + " hold earlier runs; writing to " + root.resolve("runs/fashioncnn-3")), third.note());
  }

  @Test
  void runsStartedAtOnceGetDirectoriesOfTheirOwn() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> RunDirectory.fresh(root, "Net").path()));
      }
      List<Path> paths = new ArrayList<>();
      for (Future<Path> f : runs) {
        paths.add(f.get());
      }
      assertEquals(8, paths.stream().distinct().count(), paths.toString());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aNamedDirectoryMustBeNewOrEmptyUnlessOverwriting() throws IOException {
    Path dir = root.resolve("mine");
    RunDirectory created = RunDirectory.named(dir, false);
    assertTrue(created.created());
    RunDirectory empty = RunDirectory.named(dir, false);
    assertFalse(empty.created());
    RunFiles files = new RunFiles(dir);
    Files.writeString(files.results(), "{}");
    Files.createDirectories(files.tensorBoardLogs().resolve("train"));
    Files.writeString(files.tensorBoardLogs().resolve("train/events.out.tfevents.1.host"), "x");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    RunExistsException refused = assertThrows(RunExistsException.class, () -> RunDirectory.named(dir, false));
    assertEquals("--output-dir " + dir + " already holds logs, notes.txt, results.json; choose a new or empty"
        + " directory, leave --output-dir out for a fresh runs/<network>-N, or add --overwrite to replace that run's"
        + " files", refused.getMessage());
    RunDirectory overwritten = RunDirectory.named(dir, true);
    assertEquals("overwriting the run in " + dir, overwritten.note());
    assertFalse(Files.exists(files.results()));
    assertFalse(Files.exists(files.tensorBoardLogs()), "the old TensorBoard run is gone");
    assertTrue(Files.exists(dir.resolve("notes.txt")), "files a run does not write are left");
  }

  @Test
  void aRunThatFailsBeforeWritingLeavesNoDirectory() throws IOException {
    RunDirectory run = RunDirectory.fresh(root, "Net");
    run.discard();
    assertFalse(Files.exists(run.path()));
    RunDirectory kept = RunDirectory.fresh(root, "Net");
    Files.writeString(kept.path().resolve("summary.txt"), "table");
    kept.discard();
    assertTrue(Files.exists(kept.path()), "a directory with files stays");
  }
}
