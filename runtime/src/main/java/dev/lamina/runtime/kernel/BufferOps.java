package dev.lamina.runtime.kernel;

import dev.lamina.runtime.MemoryAllocationException;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two array operations generated code needs besides its kernels: allocating a buffer and copying
 * a caller's array into one. Kept here so that generated classes call no ND4J API directly (which
 * also keeps their compilation cheap: {@code INDArray} and {@code Nd4j} have thousands of members).
 */
public final class BufferOps {
  private BufferOps() {}

  /** A new zero-filled c-order array {@code shape} of {@code dataType}. */
  public static INDArray allocate(DataType dataType, long... shape) {
    return Nd4j.create(dataType, shape);
  }

  /**
   * A new zero-filled c-order buffer {@code [batch, ...]} of a network's layer.
   *
   * @param network the network's name
   * @param layer the layer the buffer belongs to
   * @param dataType its type
   * @param shape its shape, the batch size first
   * @throws MemoryAllocationException naming the network, layer, batch size and bytes, when the memory
   *     cannot be had (ND4J, JavaCPP and the Java heap report that with an {@code OutOfMemoryError}
   *     that names none of them)
   */
  public static INDArray allocate(String network, String layer, DataType dataType, long... shape) {
    try {
      return Nd4j.create(dataType, shape);
    } catch (OutOfMemoryError | RuntimeException e) {
      throw new MemoryAllocationException(network, layer, (int) shape[0],
          MemoryAllocationException.bytes(dataType.width(), shape), e);
    }
  }

  /**
   * Copies {@code from} into {@code to}, which have the same shape. Two dense C-order arrays of one type
   * (the common case: a caller's batch, or rows of one) are copied with one {@code memcpy}, without an
   * ND4J op (whose dispatch and threading cost more than the copy for one example); anything else with
   * {@code assign}.
   */
  public static void copy(INDArray from, INDArray to) {
    if (from.dataType() == to.dataType() && from.length() == to.length() && contiguous(from) && contiguous(to)) {
      Pointer.memcpy(to.data().addressPointer(), from.data().addressPointer(),
          from.length() * from.dataType().width());
    } else {
      to.assign(from);
    }
  }

  /** Whether {@code array}'s values lie dense in C order (a view of whole leading rows included). */
  public static boolean contiguous(INDArray array) {
    return array.ordering() == 'c' && Shape.hasDefaultStridesForShape(array) && !array.isEmpty();
  }
}
