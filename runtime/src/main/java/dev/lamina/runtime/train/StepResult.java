package dev.lamina.runtime.train;

/**
 * One training step's figures.
 *
 * @param loss the mean loss over the step's global batch
 * @param examples the examples in the global batch
 */
public record StepResult(double loss, int examples) {}
