/**
 * Metrics: what {@code fit} and {@code evaluate} report besides the loss (accuracy, top-k accuracy,
 * binary accuracy, IoU of masks), the typed {@link dev.lamina.runtime.metric.MetricKey} callbacks
 * monitor, and the {@link dev.lamina.runtime.metric.Logs} of a batch, epoch or evaluation. Names
 * and averaging are Keras's.
 */
package dev.lamina.runtime.metric;
