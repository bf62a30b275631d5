/**
 * What each layer of a generated network was declared with, as typed records: Keras's
 * {@code get_config()} for Lamina's layers. The processor writes each layer's configuration into the
 * generated class; {@link dev.lamina.runtime.layer.Layer#config()} returns it at run time, without
 * reflection, for tools that read an architecture (exporters, importers' checks, summaries).
 *
 * <p>Windows ({@link dev.lamina.runtime.kernel.Window2D}) give kernel or pool sizes, strides,
 * dilation and padding as the annotation declared them; activations are the layer's declared
 * activation (also for the last layer, whose kernel leaves it to the loss).
 */
package dev.lamina.runtime.layer.config;
