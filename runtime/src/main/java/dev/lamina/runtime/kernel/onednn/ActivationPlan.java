package dev.lamina.runtime.kernel.onednn;

import dev.lamina.dsl.ActivationFunction;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.post_ops;

/**
 * How one activation function runs on oneDNN: which eltwise algorithm computes it, and what its
 * derivative is taken from.
 *
 * <ul>
 *   <li>{@link Backward#FROM_OUTPUT}: ReLU, leaky ReLU, ELU, tanh and sigmoid have derivatives that are
 *       functions of their outputs, so training fuses the activation into the producing primitive and
 *       keeps nothing else.
 *   <li>{@link Backward#FROM_ELU_OUTPUT}: SELU is {@code scale * elu(z, alpha)}; training keeps
 *       {@code e = elu(z)} (whose derivative is a function of {@code e}) and scales it once more.
 *   <li>{@link Backward#FROM_INPUT}: softplus and swish need the pre-activation values.
 *   <li>{@link Backward#NONE}: LINEAR. SOFTMAX is not an eltwise function and is not planned here.
 * </ul>
 *
 * @param function the activation
 * @param forward the eltwise algorithm of the forward pass (null for LINEAR)
 * @param alpha the algorithm's alpha (negative slope, ELU alpha, ...)
 * @param scale the factor applied to the algorithm's result (SELU's lambda, else 1)
 * @param backward what the derivative is computed from
 * @param backwardAlgorithm the eltwise algorithm of the backward pass (null for LINEAR)
 */
record ActivationPlan(ActivationFunction function, algorithm forward, float alpha, float scale, Backward backward,
    algorithm backwardAlgorithm) {

  /** SELU's alpha (Klambauer et al., 2017). */
  static final float SELU_ALPHA = 1.6732632423543772f;
  /** SELU's scale (Klambauer et al., 2017). */
  static final float SELU_SCALE = 1.0507009873554805f;
  /** Keras's leaky ReLU negative slope. */
  static final float LEAKY_RELU_SLOPE = 0.2f;

  /** What an activation's derivative is computed from. */
  enum Backward {
    NONE,
    FROM_OUTPUT,
    FROM_ELU_OUTPUT,
    FROM_INPUT
  }

  /**
   * The plan for {@code function}.
   *
   * @throws IllegalArgumentException for SOFTMAX, which is not element-wise
   */
  static ActivationPlan of(ActivationFunction function) {
    return switch (function) {
      case LINEAR -> new ActivationPlan(function, null, 0, 1, Backward.NONE, null);
      case RELU -> new ActivationPlan(function, algorithm.eltwise_relu, 0, 1, Backward.FROM_OUTPUT,
          algorithm.eltwise_relu_use_dst_for_bwd);
      case LEAKY_RELU -> new ActivationPlan(function, algorithm.eltwise_relu, LEAKY_RELU_SLOPE, 1,
          Backward.FROM_OUTPUT, algorithm.eltwise_relu_use_dst_for_bwd);
      case ELU -> new ActivationPlan(function, algorithm.eltwise_elu, 1, 1, Backward.FROM_OUTPUT,
          algorithm.eltwise_elu_use_dst_for_bwd);
      case SELU -> new ActivationPlan(function, algorithm.eltwise_elu, SELU_ALPHA, SELU_SCALE,
          Backward.FROM_ELU_OUTPUT, algorithm.eltwise_elu_use_dst_for_bwd);
      case TANH -> new ActivationPlan(function, algorithm.eltwise_tanh, 0, 1, Backward.FROM_OUTPUT,
          algorithm.eltwise_tanh_use_dst_for_bwd);
      case SIGMOID -> new ActivationPlan(function, algorithm.eltwise_logistic, 0, 1, Backward.FROM_OUTPUT,
          algorithm.eltwise_logistic_use_dst_for_bwd);
      case SOFTPLUS -> new ActivationPlan(function, algorithm.eltwise_soft_relu, 0, 1, Backward.FROM_INPUT,
          algorithm.eltwise_soft_relu);
      case SWISH -> new ActivationPlan(function, algorithm.eltwise_swish, 1, 1, Backward.FROM_INPUT,
          algorithm.eltwise_swish);
      case SOFTMAX -> throw new IllegalArgumentException("softmax is not an element-wise activation");
    };
  }

  /**
   * The plan for {@code function} with its derivative taken from the pre-activation values, for a
   * standalone activation that keeps its input anyway.
   *
   * @throws IllegalArgumentException for SOFTMAX, which is not element-wise
   */
  static ActivationPlan inputBased(ActivationFunction function) {
    ActivationPlan p = of(function);
    if (p.backward == Backward.NONE) {
      return p;
    }
    return new ActivationPlan(function, p.forward, p.alpha, p.scale, Backward.FROM_INPUT, p.forward);
  }

  /** Whether {@code function} can be planned (everything but SOFTMAX). */
  static boolean supports(ActivationFunction function) {
    return function != ActivationFunction.SOFTMAX;
  }

  /**
   * Post-ops that make a primitive write the activation's output directly; for inference, and for
   * training when the derivative comes from the output. Empty for LINEAR.
   */
  post_ops outputPostOps() {
    post_ops ops = new post_ops();
    if (forward != null) {
      ops.append_eltwise(scale, forward, alpha, 0f);
    }
    return ops;
  }

  /**
   * Post-ops of a training forward pass: the whole activation when its derivative comes from the
   * output, only {@code elu} for SELU (the scale is applied separately), none when the derivative
   * needs the pre-activation values.
   */
  post_ops trainingPostOps() {
    post_ops ops = new post_ops();
    switch (backward) {
      case FROM_OUTPUT -> ops.append_eltwise(1f, forward, alpha, 0f);
      case FROM_ELU_OUTPUT -> ops.append_eltwise(1f, forward, alpha, 0f);
      case NONE, FROM_INPUT -> { }
    }
    return ops;
  }

  /**
   * Whether a training forward pass with {@link #trainingPostOps()} writes the final output, so that the
   * pre-activation buffer is not used.
   */
  boolean trainingWritesOutput() {
    return backward == Backward.FROM_OUTPUT || backward == Backward.NONE;
  }
}
