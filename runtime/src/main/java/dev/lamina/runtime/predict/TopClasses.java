package dev.lamina.runtime.predict;

import dev.lamina.dsl.ActivationFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A predictor's outputs read as classifications: per example, the probabilities (the output itself
 * after softmax or sigmoid, else the softmax of the output taken as logits) and the {@code k} most
 * probable classes, named where class names are known.
 */
final class TopClasses {
  private final String network;
  private final int[] outputShape;
  private final int outputLength;
  private final ActivationFunction outputActivation;
  private final List<String> classNames;

  /**
   * @param network the network's name, for messages
   * @param outputShape one example's output shape
   * @param outputActivation the network's last activation
   * @param classNames class names, or empty
   */
  TopClasses(String network, int[] outputShape, ActivationFunction outputActivation, List<String> classNames) {
    this.network = network;
    this.outputShape = outputShape.clone();
    this.outputLength = Arrays.stream(outputShape).reduce(1, (x, y) -> x * y);
    this.outputActivation = outputActivation;
    this.classNames = List.copyOf(classNames);
  }

  /** Whether the output is one score per class (a vector). */
  boolean classifier() {
    return outputShape.length == 1;
  }

  /**
   * @throws IllegalStateException if the network is not a classifier
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  void require(int k) {
    if (!classifier()) {
      throw new IllegalStateException(network + " is not a classifier: its output is "
          + Arrays.toString(outputShape) + ", not one score per class; use predict");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
  }

  /** The classifications of {@code n} examples' outputs, given one after the other in {@code flat}. */
  List<Classification> ofBatch(float[] flat, int n, int k) {
    List<Classification> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(ofExample(flat, i, k));
    }
    return out;
  }

  /** The classification of example {@code example}'s output in {@code flat}. */
  Classification ofExample(float[] flat, int example, int k) {
    float[] p = Arrays.copyOfRange(flat, example * outputLength, (example + 1) * outputLength);
    if (outputActivation != ActivationFunction.SOFTMAX && outputActivation != ActivationFunction.SIGMOID) {
      Probabilities.softmaxInPlace(p);
    }
    return new Classification(p, Probabilities.top(p, Math.min(k, p.length), classNames));
  }
}
