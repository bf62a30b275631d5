package dev.lamina.runtime.predict;

/** Examples given as {@code float[]} values, checked and laid end to end for one batch. */
final class FlatExamples {
  private FlatExamples() {}

  /**
   * @param network the network's name, for messages
   * @param shape one example's shape
   * @throws IllegalArgumentException if there are no examples, or one is null, has another length, or holds
   *     NaN or an infinity; the message names the example and the index
   */
  static float[] flatten(String network, int[] shape, float[][] examples) {
    int length = 1;
    for (int d : shape) {
      length *= d;
    }
    if (examples.length == 0) {
      throw new IllegalArgumentException(network + " needs at least one example, got none");
    }
    float[] flat = new float[Math.multiplyExact(examples.length, length)];
    for (int e = 0; e < examples.length; e++) {
      float[] example = examples[e];
      String which = examples.length == 1 ? "the example" : "example " + e;
      if (example == null) {
        throw new IllegalArgumentException(which + " is null");
      }
      if (example.length != length) {
        throw new IllegalArgumentException(which + " has " + example.length + " values but " + network + " takes "
            + length + " (" + java.util.Arrays.toString(shape) + ", NHWC)");
      }
      for (int i = 0; i < example.length; i++) {
        if (!Float.isFinite(example[i])) {
          throw new IllegalArgumentException(which + " holds " + example[i] + " at index " + i
              + "; inputs must be finite");
        }
      }
      System.arraycopy(example, 0, flat, e * length, length);
    }
    return flat;
  }
}
