/**
 * Training: {@link dev.lamina.runtime.train.Trainer} (Keras's compile, fit, evaluate, predict), its
 * {@link dev.lamina.runtime.train.FitConfig}, the per-epoch {@link dev.lamina.runtime.train.History}
 * and Keras-style progress output.
 */
package dev.lamina.runtime.train;
