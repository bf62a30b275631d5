/** The benchmark tool's entry point ({@link dev.lamina.bench.BenchCli}). */
package dev.lamina.bench;
