/**
 * Losses: sparse and one-hot categorical cross-entropy, binary cross-entropy and mean squared
 * error, with Keras's names, clipping and averaging. Cross-entropies fuse their gradient with the
 * network's softmax or sigmoid ({@code GradientTarget.LOGITS}); each bound loss owns its gradient
 * and scratch buffers, so a training step allocates no arrays.
 */
package dev.lamina.runtime.loss;
