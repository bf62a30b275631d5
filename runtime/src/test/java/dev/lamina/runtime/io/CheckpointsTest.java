package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.TestNet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading weights, optimizer state and progress; every refusal with a clear message. */
class CheckpointsTest {
  @TempDir
  Path dir;

  private static TestNet net(long seed) {
    return TestNet.builder(new int[] {2, 2, 1}, 3).hidden(5, 0).name("Blobs").seed(seed).build();
  }

  private static Adam trainedAdam(TestNet net) {
    Adam adam = Adam.builder().learningRate(0.01).build();
    adam.build(net.parameters());
    for (int i = 0; i < 3; i++) {
      net.parameters().gradients().assign(0.1 * (i + 1));
      adam.step();
    }
    return adam;
  }

  @Test
  void roundTripsWeightsOptimizerStateAndProgress() throws Exception {
    TestNet source = net(1);
    Adam adam = trainedAdam(source);
    Path file = dir.resolve("sub/dir/model.npz");
    Checkpoints.save(file, source, adam, 7, 42);

    TestNet target = net(2);
    Adam restored = Adam.builder().learningRate(0.5).build();
    restored.build(target.parameters());
    CheckpointInfo info = Checkpoints.load(file, target, restored);
    assertEquals(7, info.epoch());
    assertEquals(42, info.seed());
    assertEquals("Blobs", info.network());
    assertEquals(1, info.formatVersion());
    assertEquals(Checkpoints.fingerprint(source), info.architectureSha256());
    assertEquals("adam", info.optimizer().orElseThrow());
    assertEquals(3, info.iterations());
    assertArrayEquals(source.parameters().values().toFloatVector(), target.parameters().values().toFloatVector(), 0f);
    assertEquals(3, restored.iterations());
    assertEquals(0.01, restored.learningRate());
    assertEquals(adam.slots().get("momentum"), restored.slots().get("momentum"));
    assertEquals(adam.slots().get("velocity"), restored.slots().get("velocity"));
    assertEquals(info, Checkpoints.info(file));
  }

  @Test
  void nonFiniteStateIsNotSavedAndNoFileIsLeft() throws Exception {
    TestNet source = net(1);
    source.parameters().values().putScalar(3, Float.NaN);
    Path file = dir.resolve("diverged.npz");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Checkpoints.save(file, source, null, 1, 0));
    assertTrue(e.getMessage().startsWith("cannot save network " + source.name() + ": weights/"), e.getMessage());
    assertTrue(e.getMessage().contains(" holds NaN at index "), e.getMessage());
    assertFalse(Files.exists(file));
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count(), "no temp file left in " + dir);
    }
  }

  @Test
  void layoutIsAZipOfNpyArraysAndJson() throws Exception {
    TestNet source = net(1);
    Path file = dir.resolve("model.npz");
    Checkpoints.save(file, source, trainedAdam(source), 1, 0);
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.stream().forEach(e -> {
        names.add(e.getName());
        assertEquals(ZipEntry.STORED, e.getMethod(), "stored, as numpy.savez writes");
      });
      String json = new String(zip.getInputStream(zip.getEntry("lamina.json")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(json.contains("\"format\" : \"lamina-checkpoint\""), json);
      assertTrue(json.contains("\"format_version\" : 1"), json);
      assertTrue(json.contains("\"architecture_sha256\" : \"" + Checkpoints.fingerprint(source) + "\""), json);
      assertTrue(json.contains("\"beta_1\" : 0.9"), json);
    }
    assertEquals(List.of("lamina.json", "weights/hidden/kernel.npy", "weights/hidden/bias.npy",
        "weights/output/kernel.npy", "weights/output/bias.npy", "optimizer/momentum.npy", "optimizer/velocity.npy"),
        names);
    assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file is left behind");
  }

  @Test
  void anotherArchitectureIsRefusedNamingBoth() throws Exception {
    TestNet source = net(1);
    Path file = dir.resolve("model.npz");
    Checkpoints.save(file, source, null, 1, 0);
    TestNet other = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(6, 0).name("Wider").build();
    float[] before = other.parameters().values().toFloatVector();
    IncompatibleCheckpointException e = assertThrows(IncompatibleCheckpointException.class,
        () -> Checkpoints.load(file, other, null));
    assertEquals("checkpoint " + file + " was saved from network Blobs (architecture sha256 "
        + Checkpoints.fingerprint(source) + ") and cannot be loaded into network Wider (architecture sha256 "
        + Checkpoints.fingerprint(other) + "); first difference: line 1: saved '" + source.architecture()
        + "', model '" + other.architecture() + "'; load it into the network it was saved from", e.getMessage());
    assertArrayEquals(before, other.parameters().values().toFloatVector(), 0f);
  }

  @Test
  void optimizerStateMustMatch() throws Exception {
    TestNet source = net(1);
    Path weightsOnly = dir.resolve("weights.npz");
    Checkpoints.save(weightsOnly, source, null, 1, 0);
    TestNet target = net(2);
    Sgd sgd = Sgd.builder().build();
    sgd.build(target.parameters());
    IncompatibleCheckpointException noState = assertThrows(IncompatibleCheckpointException.class,
        () -> Checkpoints.load(weightsOnly, target, sgd));
    assertTrue(noState.getMessage().contains("holds weights only"), noState.getMessage());
    Checkpoints.load(weightsOnly, target, null);

    Path withAdam = dir.resolve("adam.npz");
    Checkpoints.save(withAdam, source, trainedAdam(source), 1, 0);
    TestNet third = net(3);
    float[] before = third.parameters().values().toFloatVector();
    Sgd other = Sgd.builder().build();
    other.build(third.parameters());
    IncompatibleCheckpointException wrong = assertThrows(IncompatibleCheckpointException.class,
        () -> Checkpoints.load(withAdam, third, other));
    assertEquals("checkpoint " + withAdam + " holds adam optimizer state but the trainer uses SGD; resume with the"
        + " same optimizer", wrong.getMessage());
    assertArrayEquals(before, third.parameters().values().toFloatVector(), 0f, "a refused load changes nothing");
  }

  @Test
  void damagedOrForeignFilesAreRefused() throws Exception {
    TestNet net = net(1);
    assertThrows(NoSuchFileException.class, () -> Checkpoints.load(dir.resolve("missing.npz"), net, null));

    Path file = dir.resolve("model.npz");
    Checkpoints.save(file, net, null, 1, 0);
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = Files.write(dir.resolve("truncated.npz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CheckpointFormatException cut = assertThrows(CheckpointFormatException.class,
        () -> Checkpoints.load(truncated, net, null));
    assertTrue(cut.getMessage().startsWith(truncated + " is not a Lamina checkpoint: not a zip archive"),
        cut.getMessage());

    Path newer = dir.resolve("newer.npz");
    try (ZipFile zip = new ZipFile(file.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer))) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        byte[] content = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("lamina.json")) {
          content = new String(content, StandardCharsets.UTF_8).replace("\"format_version\" : 1",
              "\"format_version\" : 2").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    CheckpointFormatException version = assertThrows(CheckpointFormatException.class,
        () -> Checkpoints.load(newer, net, null));
    assertEquals(newer + " has checkpoint format version 2; this Lamina reads version 1 (written by a newer Lamina?)",
        version.getMessage());

    Path plainZip = dir.resolve("plain.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(plainZip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.closeEntry();
    }
    assertThrows(CheckpointFormatException.class, () -> Checkpoints.load(plainZip, net, null));
  }

  @Test
  void doublePrecisionNetworksSaveDoubles() throws Exception {
    TestNet source = TestNet.builder(new int[] {1, 1, 2}, 2).activation(ActivationFunction.LINEAR)
        .dataType(org.nd4j.linalg.api.buffer.DataType.DOUBLE).seed(3).build();
    Path file = dir.resolve("double.npz");
    Checkpoints.save(file, source, null, 0, 0);
    TestNet target = TestNet.builder(new int[] {1, 1, 2}, 2).activation(ActivationFunction.LINEAR)
        .dataType(org.nd4j.linalg.api.buffer.DataType.DOUBLE).seed(4).build();
    Checkpoints.load(file, target, null);
    assertArrayEquals(source.parameters().values().toDoubleVector(), target.parameters().values().toDoubleVector(), 0);
    assertFalse(Files.exists(AtomicFiles.partialFile(file)));
  }

  @Test
  void aPathMustNameAFile() throws Exception {
    TestNet net = net(1);
    IllegalArgumentException root = assertThrows(IllegalArgumentException.class,
        () -> Checkpoints.save(Path.of("/"), net, null, 1, 0));
    assertEquals("cannot write to /: the path must name a file, not a root directory", root.getMessage());
    java.io.IOException directory = assertThrows(java.io.IOException.class,
        () -> Checkpoints.save(dir, net, null, 1, 0));
    assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());

    Path bare = Path.of(".checkpoints-test-" + ProcessHandle.current().pid() + ".lamina");
    try {
      Checkpoints.save(bare, net, null, 4, 0);
      TestNet target = net(2);
      assertEquals(4, Checkpoints.load(bare, target, null).epoch());
      assertArrayEquals(net.parameters().values().toFloatVector(), target.parameters().values().toFloatVector(), 0f);
    } finally {
      Files.deleteIfExists(bare);
    }
  }
}
