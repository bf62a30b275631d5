package dev.lamina.runtime.loss;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A buffer shaped like the network's output, allocated once per distinct shape. It keeps the four
 * most recently used shapes: the full and the last partial batch of training and of validation,
 * so that no step of an epoch allocates.
 */
final class ScratchBuffer {
  private static final int SHAPES = 4;

  private final INDArray[] buffers = new INDArray[SHAPES];

  /** A buffer of {@code like}'s shape and data type; its contents are undefined. */
  INDArray like(INDArray like) {
    for (int i = 0; i < SHAPES; i++) {
      INDArray b = buffers[i];
      if (b != null && b.dataType() == like.dataType() && Arrays.equals(b.shape(), like.shape())) {
        // move to the front, so the least recently used shape is the one replaced
        System.arraycopy(buffers, 0, buffers, 1, i);
        buffers[0] = b;
        return b;
      }
    }
    System.arraycopy(buffers, 0, buffers, 1, SHAPES - 1);
    buffers[0] = Nd4j.create(like.dataType(), like.shape());
    return buffers[0];
  }
}
