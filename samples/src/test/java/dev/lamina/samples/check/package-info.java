/** Test support: seeded tensors, the registry of test networks, finite-difference gradient checks, and naive reference ops. */
package dev.lamina.samples.check;
