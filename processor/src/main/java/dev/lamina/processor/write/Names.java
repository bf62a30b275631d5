package dev.lamina.processor.write;

import java.util.Locale;

/** How generated identifiers are formed from layer and tensor names. */
final class Names {
  private Names() {}

  /** {@code conv1} + {@code Out} = {@code conv1Out}. */
  static String join(String layer, String suffix) {
    return layer + suffix;
  }

  /** {@code conv1} + {@code depthwise_kernel} = {@code conv1DepthwiseKernel}. */
  static String tensorField(String layer, String tensor) {
    StringBuilder sb = new StringBuilder(layer);
    for (String part : tensor.split("_")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  /** {@code [N, 28, 28, 32]} for one example's {@code dims}. */
  static String batchShape(int[] dims) {
    StringBuilder sb = new StringBuilder("[N");
    for (int d : dims) {
      sb.append(", ").append(d);
    }
    return sb.append(']').toString();
  }

  /** Java source of an int array: {@code new int[] {28, 28, 32}}. */
  static String intArray(int[] dims) {
    StringBuilder sb = new StringBuilder("new int[] {");
    for (int i = 0; i < dims.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(dims[i]);
    }
    return sb.append('}').toString();
  }

  /** The dimensions after the batch as a source list: {@code 28, 28, 32}. */
  static String dimList(int[] dims) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < dims.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(dims[i]);
    }
    return sb.toString();
  }
}
