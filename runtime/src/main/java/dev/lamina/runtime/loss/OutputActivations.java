package dev.lamina.runtime.loss;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;

/** How a cross-entropy pairs with a network's output activation. */
final class OutputActivations {
  /** Keras's {@code backend.epsilon()}: probabilities are clipped to {@code [EPSILON, 1 - EPSILON]}. */
  static final double EPSILON = 1e-7;

  private OutputActivations() {}

  /**
   * {@link GradientTarget#LOGITS} when the network ends in {@code fused} and the loss reads
   * probabilities; {@link GradientTarget#OUTPUT} when it ends in LINEAR and the loss reads logits.
   *
   * @param factory the {@code Losses} method, for the message
   * @throws IllegalArgumentException for any other pairing, naming the network and the fix
   */
  static GradientTarget crossEntropyTarget(Model model, String loss, String factory, ActivationFunction fused,
      boolean fromLogits) {
    ActivationFunction act = model.outputActivation();
    if (!fromLogits && act == fused) {
      return GradientTarget.LOGITS;
    }
    if (fromLogits && act == ActivationFunction.LINEAR) {
      return GradientTarget.OUTPUT;
    }
    String network = "network " + model.name() + " ends in " + act;
    if (fromLogits) {
      throw new IllegalArgumentException(loss + " with fromLogits reads raw scores (a LINEAR last layer), but "
          + network + "; use Losses." + factory + "() when the network outputs " + fused + " probabilities");
    }
    if (act == ActivationFunction.LINEAR) {
      throw new IllegalArgumentException(loss + " reads " + fused + " probabilities, but " + network
          + " (logits); use Losses." + factory + "(true) to read logits, or give the last layer activation " + fused);
    }
    throw new IllegalArgumentException(loss + " needs the last layer's activation to be " + fused
        + " (or LINEAR with Losses." + factory + "(true)), but " + network);
  }

  /** The output's number of classes, its last axis. */
  static int classes(Model model) {
    int[] shape = model.outputShape();
    return shape[shape.length - 1];
  }
}
