package dev.lamina.dsl;

/**
 * Element-wise (or, for {@link #SOFTMAX}, per-position) activation functions, as in
 * {@code keras.activations}. Constants and formulas are Keras's.
 */
public enum ActivationFunction {
  /** {@code f(x) = x}: no activation (Keras's default, {@code activation=None}). */
  LINEAR,
  /** {@code max(x, 0)}. */
  RELU,
  /**
   * Scaled exponential linear unit, {@code scale * (x > 0 ? x : alpha * (exp(x) - 1))} with
   * {@code alpha = 1.6732632423543772}, {@code scale = 1.0507009873554805} (Klambauer et al., 2017,
   * "Self-Normalizing Neural Networks"). Pair it with {@link Initializer#LECUN_NORMAL}.
   */
  SELU,
  /** Exponential linear unit, {@code x > 0 ? x : exp(x) - 1} (alpha 1.0, Keras's default). */
  ELU,
  /** Leaky ReLU, {@code x > 0 ? x : 0.2 * x} (negative slope 0.2, {@code keras.activations.leaky_relu}). */
  LEAKY_RELU,
  /** Hyperbolic tangent. */
  TANH,
  /** Logistic sigmoid, {@code 1 / (1 + exp(-x))}. */
  SIGMOID,
  /**
   * Softmax over the last axis (the channels of an NHWC tensor, the units of a dense layer):
   * {@code exp(x_i) / sum_j exp(x_j)}.
   */
  SOFTMAX,
  /** {@code log(1 + exp(x))}. */
  SOFTPLUS,
  /** Swish / SiLU, {@code x * sigmoid(x)} (Ramachandran et al., 2017). */
  SWISH
}
