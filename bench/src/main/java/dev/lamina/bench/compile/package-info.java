/**
 * The processor's own cost: compile time added per network, javac with and without Lamina's
 * annotation processor on the samples' {@code @Network} interfaces.
 */
package dev.lamina.bench.compile;
