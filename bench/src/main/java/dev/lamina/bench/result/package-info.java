/**
 * Lamina's measured figures: per workload, per network run (saved as JSON between the benchmark's
 * JVMs), per-layer profiles, and the FLOP convention.
 */
package dev.lamina.bench.result;
