package dev.lamina.runtime.loss;

import dev.lamina.runtime.Model;

/**
 * A training objective, averaged over the examples of a batch like Keras's losses (reduction
 * {@code sum_over_batch_size}: the mean over every row of the output's last axis, or over every
 * element for element-wise losses). Instances are immutable descriptions created with
 * {@link Losses}; {@link #bind} checks that the loss suits a network and returns the computation,
 * with its own buffers, that a trainer uses.
 */
public interface Loss {

  /** The name Keras gives the loss: {@code sparse_categorical_crossentropy}, {@code mse}, ... */
  String name();

  /**
   * The computation for {@code model}'s output: fused with the output activation where the pair
   * allows it (softmax with categorical cross-entropy, sigmoid with binary cross-entropy).
   *
   * @throws IllegalArgumentException if the loss does not suit the network's output activation (for
   *     example categorical cross-entropy after a ReLU); the message names the network, its output
   *     activation and what to use instead
   */
  BoundLoss bind(Model model);
}
