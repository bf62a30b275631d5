/**
 * The processor's model of a network: shapes, windows, one immutable spec per layer kind, and the
 * shape and parameter arithmetic. Pure Java with no {@code javax.lang.model} types, so it is tested
 * without a compiler, the way Keras tests {@code compute_output_shape}.
 */
package dev.lamina.processor.model;
