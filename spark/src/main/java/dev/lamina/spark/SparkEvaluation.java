package dev.lamina.spark;

/**
 * Loss and accuracy of a network over a Spark data set.
 *
 * @param loss the mean loss over all examples
 * @param accuracy the fraction of examples whose highest output is their label
 * @param examples the examples evaluated
 */
public record SparkEvaluation(double loss, double accuracy, long examples) {}
