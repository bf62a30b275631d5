/**
 * The processor's model of a network: a graph of layers in topological order
 * ({@link dev.lamina.processor.model.NetworkGraph}), shapes, windows, one immutable spec per layer kind,
 * and the shape and parameter arithmetic (the threading of shapes through the graph, with its checks,
 * is {@code validate.ShapeInference}). Pure Java with no {@code javax.lang.model} types, so it is tested
 * without a compiler, the way Keras tests {@code compute_output_shape}.
 */
package dev.lamina.processor.model;
