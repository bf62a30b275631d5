package dev.lamina.runtime.predict;

/**
 * One class of a classification, with its probability.
 *
 * @param index the class index: the position in the output vector
 * @param label the class's name when the predictor was given names, else the index as text
 * @param probability the class's probability
 */
public record ClassScore(int index, String label, float probability) {}
