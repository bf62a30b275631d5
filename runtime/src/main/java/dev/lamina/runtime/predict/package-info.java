/**
 * Inference in production: {@link dev.lamina.runtime.predict.Predictor}, safe for concurrent calls from
 * any number of threads, from a generated network or a checkpoint, on arrays, flat values or images
 * (scaled as the training run's {@code preprocessing.json} says), with probabilities and top-k classes.
 */
package dev.lamina.runtime.predict;
