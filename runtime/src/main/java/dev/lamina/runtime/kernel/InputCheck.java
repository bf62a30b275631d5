package dev.lamina.runtime.kernel;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The run-time checks of what a caller hands a generated network. */
public final class InputCheck {
  private InputCheck() {}

  /**
   * Checks a batch against the declared input.
   *
   * @param network the network's name, for the message
   * @param shape one example's declared shape, {@code {height, width, channels}}
   * @param dataType the network's data type
   * @param input the batch, {@code [batch, height, width, channels]}
   * @return the batch size
   * @throws IllegalArgumentException if {@code input} is null, empty, or has another rank, height, width,
   *     channel count or data type; the message names the network, the expected {@code [N, h, w, c]} and
   *     what was given
   */
  public static int requireInput(String network, int[] shape, DataType dataType, INDArray input) {
    String expected = expected(shape, dataType);
    if (input == null) {
      throw new IllegalArgumentException(network + " expects an input " + expected + ", got null");
    }
    long[] given = input.shape();
    boolean shapeOk = given.length == shape.length + 1 && given[0] >= 1;
    for (int i = 0; shapeOk && i < shape.length; i++) {
      shapeOk = given[i + 1] == shape[i];
    }
    if (!shapeOk) {
      throw new IllegalArgumentException(network + " expects an input " + expected + ", got "
          + Arrays.toString(given) + " " + input.dataType() + hint(shape, given));
    }
    if (input.dataType() != dataType) {
      throw new IllegalArgumentException(network + " expects an input " + expected + ", got "
          + Arrays.toString(given) + " " + input.dataType() + "; convert it with input.castTo(DataType."
          + dataType + ") or create the network with that data type");
    }
    if (given[0] > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(network + " takes at most " + Integer.MAX_VALUE + " examples a batch, got "
          + given[0]);
    }
    return (int) given[0];
  }

  /**
   * Checks a loss gradient against the output it belongs to.
   *
   * @throws IllegalArgumentException if {@code gradient} is null or shaped or typed unlike {@code output}
   */
  public static void requireGradient(String network, INDArray output, INDArray gradient) {
    if (gradient == null) {
      throw new IllegalArgumentException(network + ".backward expects a gradient " + Arrays.toString(output.shape())
          + " " + output.dataType() + " (shaped like the last output), got null");
    }
    if (!Arrays.equals(output.shape(), gradient.shape()) || gradient.dataType() != output.dataType()) {
      throw new IllegalArgumentException(network + ".backward expects a gradient " + Arrays.toString(output.shape())
          + " " + output.dataType() + " (shaped like the last output), got " + Arrays.toString(gradient.shape())
          + " " + gradient.dataType());
    }
  }

  private static String expected(int[] shape, DataType dataType) {
    StringBuilder sb = new StringBuilder("[N");
    for (int d : shape) {
      sb.append(", ").append(d);
    }
    return sb.append("] ").append(dataType).toString();
  }

  private static String hint(int[] shape, long[] given) {
    if (given.length == shape.length && Arrays.equals(Arrays.stream(shape).asLongStream().toArray(), given)) {
      return "; the batch dimension is missing: reshape a single example to [1, ...]";
    }
    if (given.length == 4 && shape.length == 3 && given[1] == shape[2] && given[2] == shape[0] && given[3] == shape[1]) {
      return "; this looks like NCHW, but Lamina's tensors are NHWC (permute(0, 2, 3, 1))";
    }
    return "";
  }
}
