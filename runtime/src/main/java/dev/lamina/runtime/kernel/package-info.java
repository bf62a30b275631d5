/**
 * The kernels generated networks call: one class per op family (convolution, depthwise and
 * separable convolution, transposed convolution, pooling, dense, activations, batch normalization,
 * dropout; for networks that are graphs: element-wise merges, channel concatenation, up-sampling, zero
 * padding, cropping and the fan-out gradient sum), plus the run-time checks and per-batch-size buffer
 * cache the generated code uses. docs/graph-kernels.md describes the graph kernels.
 *
 * <p>A kernel is created once per layer with the layer's compile-time constants (window, padding,
 * activation, whether it has a bias) and then runs on arrays the caller preallocated: it never
 * allocates an output, and it reuses its native op contexts from call to call. Call sites pass only
 * arrays, never shapes, so what is behind this API (today libnd4j's custom ops in NHWC, backed by
 * oneDNN for {@code FLOAT}) can be replaced without regenerating code.
 *
 * <p>What a layer keeps between its forward and backward pass (batch normalization's normalized
 * input, dropout's mask, a separable convolution's depthwise result) is passed in by the caller;
 * short-lived temporaries stay inside the kernel.
 *
 * <p>Tensors are NHWC: {@code [batch, height, width, channels]}; weights are in Keras's layouts.
 */
package dev.lamina.runtime.kernel;
