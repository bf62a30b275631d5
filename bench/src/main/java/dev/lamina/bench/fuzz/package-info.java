/**
 * Fuzzing the processor and the native kernels with random networks: {@link dev.lamina.bench.fuzz.FuzzNetwork}
 * draws one, {@link dev.lamina.bench.fuzz.FuzzCampaign} compiles and runs many in forked JVMs
 * ({@link dev.lamina.bench.fuzz.FuzzWorker}), {@code bench fuzz} runs a long campaign.
 */
package dev.lamina.bench.fuzz;
