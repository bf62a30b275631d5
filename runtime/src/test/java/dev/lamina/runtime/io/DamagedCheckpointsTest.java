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
}
