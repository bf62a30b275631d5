package dev.lamina.runtime.kernel;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Concatenation along the channels, the last axis (Keras {@code Concatenate(axis=-1)}): inputs
 * {@code [batch, h, w, c_i]} (or {@code [batch, c_i]}) of equal leading sizes, output
 * {@code [batch, h, w, sum c_i]}, input {@code i} in channels {@code [c_0 + ... + c_{i-1}, ... + c_i)}.
 * The gradient of input {@code i} is that channel slice of the output gradient.
 *
 * <p>This kernel copies (libnd4j's {@code identity} into and out of channel-slice views of the output
 * and its gradient). Where each input's producer can write straight into its slice, generated code
 * needs no copy and no kernel: see {@link Views#channelSlice}.
 *
 * <p>Allocation: the slice views of an output (and of an output gradient) are made on the first call
 * with that array and kept; later calls with the same arrays allocate nothing.
 */
public final class ConcatKernel {
  private final long[] offsets;
  private final NativeOp copy = NativeOp.of("identity");
  private final SliceViews outputSlices;
  private final SliceViews gradientSlices;

  /**
   * @param channels each input's channel count, in order, at least 2 inputs
   * @throws IllegalArgumentException for fewer than 2 inputs or a count below 1
   */
  public ConcatKernel(int... channels) {
    if (channels.length < 2) {
      throw new IllegalArgumentException("Concatenate takes at least 2 inputs, got " + channels.length);
    }
    offsets = new long[channels.length + 1];
    for (int i = 0; i < channels.length; i++) {
      if (channels[i] < 1) {
        throw new IllegalArgumentException("channel counts must be positive, got " + Arrays.toString(channels));
      }
      offsets[i + 1] = offsets[i] + channels[i];
    }
    this.outputSlices = new SliceViews(offsets);
    this.gradientSlices = new SliceViews(offsets);
  }

  /**
   * Copies each input into its channels of {@code y}.
   *
   * @param x the inputs, {@code [..., c_i]}; a null entry is skipped (an input whose producer wrote
   *     straight into its channel slice of {@code y})
   * @param y {@code [..., sum c_i]}, overwritten where an input is given
   * @throws IllegalArgumentException if a count or shape differs from the declared channels
   */
  public void forward(INDArray[] x, INDArray y) {
    INDArray[] slices = outputSlices.of(y);
    requireCount(x.length);
    for (int i = 0; i < x.length; i++) {
      if (x[i] != null) {
        requireShape(i, x[i], slices[i]);
        copy.run(x[i], slices[i]);
      }
    }
  }

  /**
   * The input gradients: each input's channel slice of {@code gradY}.
   *
   * @param gradY the output gradient, {@code [..., sum c_i]}
   * @param gradX receive the input gradients, overwritten; a null entry is skipped
   */
  public void backward(INDArray gradY, INDArray[] gradX) {
    INDArray[] slices = gradientSlices.of(gradY);
    requireCount(gradX.length);
    for (int i = 0; i < gradX.length; i++) {
      if (gradX[i] != null) {
        requireShape(i, gradX[i], slices[i]);
        copy.run(slices[i], gradX[i]);
      }
    }
  }

  private void requireCount(int count) {
    if (count != offsets.length - 1) {
      throw new IllegalArgumentException("Concatenate expects " + (offsets.length - 1) + " inputs, got " + count);
    }
  }

  private static void requireShape(int i, INDArray given, INDArray slice) {
    if (!Arrays.equals(given.shape(), slice.shape())) {
      throw new IllegalArgumentException("Concatenate input " + i + " is " + Arrays.toString(given.shape())
          + ", expected " + Arrays.toString(slice.shape()));
    }
  }

  /** The channel slices of the last array seen, made again only for another array. */
  private static final class SliceViews {
    private final long[] offsets;
    private INDArray of;
    private INDArray[] slices;

    SliceViews(long[] offsets) {
      this.offsets = offsets;
    }

    INDArray[] of(INDArray whole) {
      if (whole != of) {
        long channels = whole.size(whole.rank() - 1);
        if (channels != offsets[offsets.length - 1]) {
          throw new IllegalArgumentException("Concatenate's output has " + channels + " channels, expected "
              + offsets[offsets.length - 1]);
        }
        INDArray[] s = new INDArray[offsets.length - 1];
        for (int i = 0; i < s.length; i++) {
          s[i] = Views.channelSlice(whole, offsets[i], offsets[i + 1]);
        }
        slices = s;
        of = whole;
      }
      return slices;
    }
  }
}
