/**
 * Reading: turns an {@code @Network} interface ({@code javax.lang.model} elements and annotation
 * mirrors) into the model's layer declarations, keeping for each layer where in the source it came
 * from, and reports what is wrong with the declaration itself (not an interface, a method with
 * parameters, a missing layer annotation, ...).
 */
package dev.lamina.processor.read;
