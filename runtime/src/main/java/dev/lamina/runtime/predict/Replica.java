package dev.lamina.runtime.predict;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.BufferOps;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One of a predictor's copies of the network, used by one thread at a time, with an input array per chunk
 * size that examples given as {@code float[]} are copied into (so that such a call allocates no array but
 * its result).
 */
final class Replica {
  private final Model model;
  private final int[] sizes = new int[BatchPlan.MAX_SIZES];
  private final INDArray[] inputs = new INDArray[BatchPlan.MAX_SIZES];
  private final FloatPointer[] inputValues = new FloatPointer[BatchPlan.MAX_SIZES];

  Replica(Model model) {
    this.model = model;
  }

  /** The network. */
  Model model() {
    return model;
  }

  /**
   * The input array for chunks of {@code size} examples ({@code [size, ...inputShape]}, FLOAT), created the
   * first time.
   */
  INDArray input(int size) {
    return inputs[slot(size)];
  }

  /**
   * Copies {@code size} examples from {@code values}, starting at example {@code first}, into the input array
   * for chunks of {@code size}.
   *
   * @param exampleLength the values of one example
   * @return that input array
   */
  INDArray input(int size, float[] values, int first, int exampleLength) {
    int slot = slot(size);
    inputValues[slot].put(values, first * exampleLength, size * exampleLength);
    return inputs[slot];
  }

  /**
   * Copies a chunk's outputs (C order) into {@code out}, starting at example {@code first}.
   *
   * @param outputLength the values of one example's output
   */
  static void copyOut(INDArray y, float[] out, int first, int outputLength) {
    int length = (int) y.length();
    if (y.dataType() == DataType.FLOAT && BufferOps.contiguous(y)) {
      new FloatPointer(y.data().addressPointer()).get(out, first * outputLength, length);
    } else {
      System.arraycopy(y.dup('c').data().asFloat(), 0, out, first * outputLength, length);
    }
  }

  private int slot(int size) {
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == size) {
        return i;
      }
      if (sizes[i] == 0) {
        int[] example = model.inputShape();
        long[] shape = new long[example.length + 1];
        shape[0] = size;
        for (int d = 0; d < example.length; d++) {
          shape[d + 1] = example[d];
        }
        INDArray x = BufferOps.allocate(DataType.FLOAT, shape);
        inputs[i] = x;
        inputValues[i] = new FloatPointer(x.data().addressPointer());
        sizes[i] = size;
        return i;
      }
    }
    throw new IllegalStateException("more than " + sizes.length + " chunk sizes");
  }
}
