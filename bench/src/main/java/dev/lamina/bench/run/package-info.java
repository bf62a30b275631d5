/**
 * Measuring Lamina: training through {@code Trainer.fit} in timed windows like the peers', inference
 * like their {@code --predict}, per-layer profiles, one JVM per network.
 */
package dev.lamina.bench.run;
