package dev.lamina.bench.result;

/**
 * The FLOP convention of the reports, from the multiply-accumulates a network's summary counts for
 * one example's forward pass: a forward pass costs {@code 2 * MACs} FLOPs (one multiply and one add
 * each); a training step costs three forward passes, {@code 6 * MACs} (the backward pass computes
 * the gradients with respect to both the inputs and the weights, each about as costly as the
 * forward pass). For FashionCnn, 29.3 M MACs give 58.6 MFLOP per inferred and about 176 MFLOP per
 * trained example. Pooling, activations, the loss and the update are not counted.
 */
public final class Flops {
  private Flops() {}

  /** FLOPs of one example's forward pass: {@code 2 * macs}. */
  public static double forward(long macs) {
    return 2.0 * macs;
  }

  /** FLOPs of one example's training step: {@code 3 * forward(macs)}. */
  public static double trainingStep(long macs) {
    return 3 * forward(macs);
  }
}
