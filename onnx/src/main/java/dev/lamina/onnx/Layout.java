package dev.lamina.onnx;

/**
 * How a tensor of the exported graph is laid out. Lamina's spatial tensors are NHWC; ONNX's Conv,
 * ConvTranspose, pooling and BatchNormalization take NCHW. The graph therefore transposes the NHWC input
 * to NCHW once, keeps every spatial tensor NCHW, and transposes back to NHWC only where Lamina's
 * layout is visible: before a {@code Flatten} (whose order feeds the next Dense kernel) and at a spatial
 * output.
 */
enum Layout {
  /** {@code [N, C, H, W]}: a spatial tensor inside the graph. */
  NCHW,
  /** {@code [N, features]}: after Flatten, global pooling or Dense. */
  FLAT;

  /** The channel axis in this layout (softmax's and concatenation's axis). */
  int channelAxis() {
    return 1;
  }
}
