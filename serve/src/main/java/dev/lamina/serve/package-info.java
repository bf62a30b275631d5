/**
 * An HTTP endpoint for a trained network: {@link dev.lamina.serve.PredictionServer} on the JDK's
 * {@code HttpServer}, sharing one thread-safe {@link dev.lamina.runtime.predict.Predictor}.
 */
package dev.lamina.serve;
