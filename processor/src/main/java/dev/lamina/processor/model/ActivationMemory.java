package dev.lamina.processor.model;

/**
 * How much memory one example's activations take, and whether that is too much to train: the input and
 * every layer's output, in float32. A training step keeps about four arrays of each size per example
 * (the values, the pre-activation values and both their gradients; see the generated class's
 * {@code Buffers}), so the activations of one example alone at {@link #WARNING_BYTES} mean about 4 GiB
 * per example and 128 GiB for a batch of 32: more than one machine's memory, where the first pass would
 * fail with a {@code MemoryAllocationException}. The processor warns above it
 * ({@code [LaminaLargeActivations]}).
 */
public final class ActivationMemory {
  /** Bytes of one example's activations above which the processor warns: 1 GiB. */
  public static final long WARNING_BYTES = 1L << 30;

  /** A batch size to illustrate the cost in the warning: Keras's default. */
  public static final int ILLUSTRATIVE_BATCH = 32;

  /** Arrays a training step keeps per activation: values, pre-activations and their gradients. */
  public static final int TRAINING_COPIES = 4;

  private static final int FLOAT_BYTES = 4;

  private ActivationMemory() {}

  /** Values of one example's activations: the input and every layer's output (saturating). */
  public static long values(NetworkModel model) {
    long values = model.input().size();
    for (LayerNode l : model.layers()) {
      values = Counts.add(values, l.output().size());
    }
    return values;
  }

  /** {@link #values} in float32 bytes (saturating). */
  public static long bytes(NetworkModel model) {
    return Counts.multiply(values(model), FLOAT_BYTES);
  }

  /** What a training batch of {@link #ILLUSTRATIVE_BATCH} keeps (saturating). */
  public static long trainingBatchBytes(NetworkModel model) {
    return Counts.multiply(bytes(model), (long) TRAINING_COPIES * ILLUSTRATIVE_BATCH);
  }
}
