/**
 * Reading: turns an {@code @Network} interface ({@code javax.lang.model} elements and annotation
 * mirrors) into the model's layer declarations, keeping for each layer where in the source it came
 * from, and reports what is wrong with the declaration itself (not an interface, a method with
 * parameters, a missing layer annotation, a return type that does not fit, a layer name used twice,
 * ...). Layers come from the interface and its superinterfaces (superinterfaces
 * first); layer annotations outside every network are found by
 * {@link dev.lamina.processor.read.StrayLayers}. Annotation values that the compiler itself rejects
 * are left to the compiler's own error.
 */
package dev.lamina.processor.read;
