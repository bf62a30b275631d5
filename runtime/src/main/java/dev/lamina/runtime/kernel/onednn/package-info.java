/**
 * The fast path of Lamina's kernels: oneDNN primitives (through the {@code org.bytedeco:dnnl} JavaCPP
 * presets) created once per layer and batch size from the shapes the generated code knows, run on
 * the model's own ND4J buffers. Convolutions carry their bias and activation as post-ops; activation
 * derivatives are taken from the outputs where the function allows it, so training keeps nothing
 * extra. Used for {@code FLOAT} models; {@code DOUBLE} models (gradient checks) run on libnd4j's ops.
 *
 * <p>oneDNN tensors are described in its logical order ({@code N, C, H, W} for activations,
 * {@code O, I, H, W} for weights) with the physical layout given by a format tag or strides, so that
 * Lamina's NHWC activations and Keras-layout kernels are used in place; kernels are reordered into the
 * primitive's preferred blocked layout on each call (they change every training step), which costs a
 * fraction of a percent of the convolution.
 */
package dev.lamina.runtime.kernel.onednn;
