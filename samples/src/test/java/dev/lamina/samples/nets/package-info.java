/**
 * Small networks, declared like users declare theirs and compiled by the processor with the test
 * sources, one per layer configuration the tests exercise: every layer kind, padding, stride,
 * dilation, depth multiplier, bias and activation, and the tutorial's networks at reduced width.
 */
package dev.lamina.samples.nets;
