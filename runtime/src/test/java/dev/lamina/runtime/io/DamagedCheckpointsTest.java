package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.testing.TestNet;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints damaged on disk or by hand: each load is refused with a {@link CheckpointFormatException}
 * naming the entry and what is wrong, and leaves the network's weights and the optimizer's state as
 * they were.
 */
class DamagedCheckpointsTest {
  @TempDir
  Path dir;

  private Path valid;
  private TestNet target;
  private Adam optimizer;

  private static TestNet net(long seed) {
    return TestNet.builder(new int[] {2, 2, 1}, 3).hidden(5, 0).name("Blobs").seed(seed).build();
  }

  private static Adam trained(TestNet net, double learningRate, double gradient) {
    Adam adam = Adam.builder().learningRate(learningRate).build();
    adam.build(net.parameters());
    for (int i = 0; i < 3; i++) {
      net.parameters().gradients().assign(gradient * (i + 1));
      adam.step();
    }
    return adam;
  }

  @BeforeEach
  void saveAValidCheckpointAndATargetInAnotherState() throws Exception {
    TestNet source = net(1);
    valid = dir.resolve("valid.npz");
    Checkpoints.save(valid, source, trained(source, 0.01, 0.1), 7, 42);
    target = net(2);
    optimizer = trained(target, 0.5, -0.3);
    optimizer.step();
  }

  /** What a load may change: the weights and all of the optimizer's state. */
  private record State(float[] values, Map<String, float[]> slots, long iterations, double learningRate) {
    static State of(TestNet net, Adam optimizer) {
      Map<String, float[]> slots = new LinkedHashMap<>();
      optimizer.slots().forEach((name, slot) -> slots.put(name, slot.toFloatVector()));
      return new State(net.parameters().values().toFloatVector(), slots, optimizer.iterations(),
          optimizer.learningRate());
    }

    void assertSame(State other) {
      assertArrayEquals(values, other.values, 0f, "the weights are unchanged");
      assertEquals(slots.keySet(), other.slots.keySet());
      slots.forEach((name, slot) -> assertArrayEquals(slot, other.slots.get(name), 0f, "slot " + name + " is unchanged"));
      assertEquals(iterations, other.iterations, "the iteration count is unchanged");
      assertEquals(learningRate, other.learningRate, "the learning rate is unchanged");
    }
  }

  /** Loads {@code file} with an optimizer, expects a refusal and that nothing changed; returns the message. */
  private String refused(Path file) {
    State before = State.of(target, optimizer);
    CheckpointFormatException e = assertThrows(CheckpointFormatException.class,
        () -> Checkpoints.load(file, target, optimizer));
    before.assertSame(State.of(target, optimizer));
    return e.getMessage();
  }

  private static byte[] lastValue(byte[] npy, float value) {
    ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN).putFloat(npy.length - 4, value);
    return npy;
  }

  @Test
  void theValidCheckpointLoads() throws Exception {
    State before = State.of(target, optimizer);
    Checkpoints.load(valid, target, optimizer);
    assertEquals(3, optimizer.iterations(), "the fixture's target differs from the checkpoint");
    assertTrue(before.iterations() != optimizer.iterations());
  }

  @Test
  void flippedBytesInAWeightAreCaughtByTheCrc() throws Exception {
    Path file = CheckpointEdits.flipBytes(valid, dir.resolve("flipped.npz"), "weights/output/kernel.npy");
    String message = refused(file);
    assertTrue(message.matches(java.util.regex.Pattern.quote(file + "!weights/output/kernel.npy is damaged: its CRC-32 is ")
        + "[0-9a-f]{8} but the archive records [0-9a-f]{8}"), message);
    assertTrue(refusedInfo(CheckpointEdits.flipBytes(valid, dir.resolve("json.npz"), "lamina.json"))
        .contains("!lamina.json is damaged: its CRC-32 is"));
  }

  private String refusedInfo(Path file) {
    return assertThrows(CheckpointFormatException.class, () -> Checkpoints.info(file)).getMessage();
  }

  @Test
  void nonFiniteValuesAreRefusedNamingEntryAndIndex() throws Exception {
    Path nan = CheckpointEdits.entry(valid, dir.resolve("nan.npz"), "weights/output/kernel.npy",
        b -> lastValue(b, Float.NaN));
    assertEquals(nan + "!weights/output/kernel.npy holds NaN at index [4, 2] (flat index 14); a checkpoint must hold"
        + " finite values only", refused(nan));
    Path inf = CheckpointEdits.entry(valid, dir.resolve("inf.npz"), "optimizer/velocity.npy",
        b -> lastValue(b, Float.NEGATIVE_INFINITY));
    assertEquals(inf + "!optimizer/velocity.npy holds -Infinity at index [" + (optimizer.slots().get("velocity")
        .length() - 1) + "] (flat index " + (optimizer.slots().get("velocity").length() - 1)
        + "); a checkpoint must hold finite values only", refused(inf));
  }

  /** A copy of the valid checkpoint with its lamina.json edited. */
  private Path json(String regex, String replacement) throws Exception {
    return CheckpointEdits.json(valid, dir.resolve("edited.npz"), regex, replacement);
  }

  private String metadataError(Path file, String problem) {
    return file + "!lamina.json: " + problem;
  }

  @Test
  void optimizerSettingsOutOfRangeChangeNothing() throws Exception {
    Path zeroRate = json("\"learning_rate\" : 0.01", "\"learning_rate\" : 0");
    assertEquals(metadataError(zeroRate, "'optimizer.learning_rate' must be a positive finite number, got 0.0"),
        refused(zeroRate));
    Path negative = json("\"iterations\" : 3", "\"iterations\" : -5");
    assertEquals(metadataError(negative, "'optimizer.iterations' must be >= 0, got -5"), refused(negative));
    Path noSlots = json("\"slots\" : \\[[^\\]]*\\]", "\"slots\" : null");
    assertEquals(metadataError(noSlots, "'optimizer.slots' is missing or null"), refused(noSlots));
    Path noName = json("\"name\" : \"adam\"", "\"name\" : null");
    assertEquals(metadataError(noName, "'optimizer.name' is missing or null"), refused(noName));
    Path noRate = json("\"learning_rate\" : 0.01,", "");
    assertEquals(metadataError(noRate, "'optimizer.learning_rate' is missing or null"), refused(noRate));
  }

  @Test
  void aSlotOfTheWrongLengthChangesNothing() throws Exception {
    long length = optimizer.slots().get("momentum").length();
    Path shortSlot = CheckpointEdits.entry(valid, dir.resolve("short.npz"), "optimizer/momentum.npy",
        b -> Npy.encode(org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, length - 1)));
    assertEquals(shortSlot + "!optimizer/momentum.npy has shape [" + (length - 1) + "] but the momentum slot of adam"
        + " on network Blobs is [" + length + "] (one value per trainable value)", refused(shortSlot));
  }

  @Test
  void damagedProgressAndIdentityFieldsChangeNothing() throws Exception {
    Path noTime = json("\\s*\"saved_at\" : \"[^\"]*\",", "");
    assertEquals(metadataError(noTime, "'saved_at' is missing or null"), refused(noTime));
    assertEquals(metadataError(noTime, "'saved_at' is missing or null"), refusedInfo(noTime));
    Path badTime = json("\"saved_at\" : \"[^\"]*\"", "\"saved_at\" : \"yesterday\"");
    assertEquals(metadataError(badTime, "'saved_at' is not an ISO-8601 UTC time such as 2026-11-29T14:56:03.123Z:"
        + " 'yesterday'"), refused(badTime));
    Path epoch = json("\"epoch\" : 7", "\"epoch\" : -3");
    assertEquals(metadataError(epoch, "'epoch' must be >= 0, got -3"), refused(epoch));
    Path fraction = json("\"epoch\" : 7", "\"epoch\" : 7.5");
    assertTrue(refused(fraction).startsWith(fraction + ": lamina.json is not valid: "));
    Path network = json("\"network\" : \"Blobs\"", "\"network\" : null");
    assertEquals(metadataError(network, "'network' is missing or null"), refused(network));
    Path version = json("\"format_version\" : 1", "\"format_version\" : null");
    assertEquals(metadataError(version, "'format_version' is missing or null"), refused(version));
    Path sha = json("\"architecture_sha256\" : \"[0-9a-f]*\"", "\"architecture_sha256\" : null");
    assertEquals(metadataError(sha, "'architecture_sha256' is missing or null"), refused(sha));
    Path shortSha = json("\"architecture_sha256\" : \"[0-9a-f]*\"", "\"architecture_sha256\" : \"5B1F\"");
    assertEquals(metadataError(shortSha, "'architecture_sha256' must be 64 lower-case hex digits, got '5B1F'"),
        refused(shortSha));
    Path seed = json("\"seed\" : 42,", "");
    assertEquals(metadataError(seed, "'seed' is missing or null"), refused(seed));
    Path weights = json("\"path\" : \"output/kernel\"", "\"path\" : \"\"");
    assertEquals(metadataError(weights, "'weights[2].path' is empty"), refused(weights));
    Path nullJson = CheckpointEdits.entry(valid, dir.resolve("null.npz"), "lamina.json",
        b -> "null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(nullJson + ": lamina.json is not valid: it holds null, not an object", refused(nullJson));
  }

  @Test
  void damagedNpyHeadersChangeNothing() throws Exception {
    Path negative = CheckpointEdits.npyHeader(valid, dir.resolve("negative.npz"), "weights/output/kernel.npy",
        "'shape': (5, 3), } ", "'shape': (-5,-3), }");
    assertEquals(negative + "!weights/output/kernel.npy has an invalid .npy shape (-5,-3): dimension '-5' is not a"
        + " non-negative integer", refused(negative));
  }

  @Test
  void anUnbuiltOptimizerIsRefusedBeforeAnythingChanges() {
    Adam unbuilt = Adam.builder().build();
    float[] before = target.parameters().values().toFloatVector();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Checkpoints.load(valid, target, unbuilt));
    assertEquals("adam optimizer is not built, so its state cannot be loaded: call build(model.parameters()) first",
        e.getMessage());
    assertArrayEquals(before, target.parameters().values().toFloatVector(), 0f);
  }
}
