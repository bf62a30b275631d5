/**
 * {@code bench pipeline}: the throughput of the data pipeline (arrays, image folders, augmentation)
 * and the share of a training step it costs or makes training wait.
 */
package dev.lamina.bench.pipeline;
