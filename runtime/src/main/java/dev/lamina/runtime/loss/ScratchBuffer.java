package dev.lamina.runtime.loss;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A buffer shaped like the network's output, allocated once per distinct shape: it remembers the
 * last two shapes, so the full batches and the last partial batch of an epoch never allocate.
 */
final class ScratchBuffer {
  private INDArray recent;
  private INDArray older;

  /** A buffer of {@code like}'s shape and data type; its contents are undefined. */
  INDArray like(INDArray like) {
    if (recent != null && fits(recent, like)) {
      return recent;
    }
    INDArray swap = older;
    older = recent;
    recent = swap != null && fits(swap, like) ? swap : Nd4j.create(like.dataType(), like.shape());
    return recent;
  }

  private static boolean fits(INDArray buffer, INDArray like) {
    return buffer.dataType() == like.dataType() && Arrays.equals(buffer.shape(), like.shape());
  }
}
