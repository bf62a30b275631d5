package dev.lamina.runtime.kernel;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Zero-copy views generated networks use (Keras {@code Flatten} on NHWC, channel slices of a concatenation). */
public final class Views {
  private Views() {}

  /**
   * {@code [batch, h, w, c] -> [batch, h*w*c]} in row-major (c) order, as Keras flattens NHWC.
   *
   * @throws IllegalStateException if {@code x} is not contiguous in c order (the result would be a copy)
   */
  public static INDArray flatten(INDArray x) {
    return view(x, x.size(0), x.length() / x.size(0));
  }

  /**
   * Channels {@code [from, to)} of {@code x} (the last axis, any rank), a strided view that shares
   * {@code x}'s memory: writes to it land in {@code x}.
   *
   * <p>What it is for: a concatenation (Keras {@code Concatenate(axis=-1)}) costs no copy when generated
   * code allocates the concatenation's output {@code [N, h, w, c_0 + c_1 + ...]} once, takes the slice of
   * each input once per batch size, and hands that slice to the input's producer as its output buffer
   * (and the matching slice of the concatenation's output gradient to the producer's backward pass as
   * its output gradient). The concatenation then has no forward or backward step of its own. This serves
   * only producers whose kernel reads and writes strided arrays: libnd4j ops and the kernels of this
   * package that say they accept views ({@link MergeKernel}, {@link UpSampling2DKernel},
   * {@link ZeroPadding2DKernel}, {@link Cropping2DKernel}, {@link ConcatKernel}); the oneDNN-backed
   * kernels ({@code FLOAT} convolutions, dense layers, pooling, activations) bind dense memory and
   * need {@link ConcatKernel}'s copy, and so does a producer whose output is also the network's output or is
   * read with another layout. Make the views once: each call creates a view object.
   *
   * @param x an array whose last axis holds channels
   * @param from the first channel, inclusive
   * @param to the last channel, exclusive
   * @throws IllegalArgumentException if the range is empty or outside the channels
   */
  public static INDArray channelSlice(INDArray x, long from, long to) {
    int last = x.rank() - 1;
    if (from < 0 || to <= from || to > x.size(last)) {
      throw new IllegalArgumentException("channels [" + from + ", " + to + ") are not inside the " + x.size(last)
          + " channels of " + Arrays.toString(x.shape()));
    }
    INDArrayIndex[] index = new INDArrayIndex[x.rank()];
    for (int i = 0; i < last; i++) {
      index[i] = NDArrayIndex.all();
    }
    index[last] = NDArrayIndex.interval(from, to);
    return x.get(index);
  }

  private static INDArray view(INDArray x, long... shape) {
    INDArray v = x.reshape('c', shape);
    if (v.data().address() != x.data().address()) {
      throw new IllegalStateException("reshape of " + Arrays.toString(x.shape()) + " to "
          + Arrays.toString(shape) + " is not a view");
    }
    return v;
  }
}
