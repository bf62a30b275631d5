package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Swish;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SwishDerivative;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An activation on libnd4j's ops (the path of {@code DOUBLE} tensors and softmax): one function and
 * its derivative (Keras's {@code keras.activations}), element-wise, or
 * over the last axis for softmax. libnd4j's {@code relu}, {@code selu}, {@code elu}, {@code lrelu},
 * {@code tanh}, {@code sigmoid}, {@code softplus}, {@code softmax} and their {@code _bp} ops, which take
 * the pre-activation values; swish uses the legacy transforms {@code Swish} and {@code SwishDerivative}.
 *
 * <p>Constants are Keras's: ELU alpha 1.0, leaky ReLU negative slope 0.2, SELU's alpha and scale from
 * Klambauer et al. (2017).
 */
final class Nd4jActivation {
  /** Keras's ELU alpha. */
  static final double ELU_ALPHA = 1.0;
  /** Keras's {@code leaky_relu} negative slope. */
  static final double LEAKY_RELU_SLOPE = 0.2;

  private final ActivationFunction function;
  private final NativeOp forward;
  private final NativeOp backward;
  private final NativeOp multiply = NativeOp.of("multiply");

  /** @param function the activation; {@link ActivationFunction#LINEAR} copies */
  Nd4jActivation(ActivationFunction function) {
    this.function = Objects.requireNonNull(function, "function");
    this.forward = switch (function) {
      case LINEAR, SWISH -> null;
      case RELU -> NativeOp.withFloats("relu", 0.0);
      case SELU -> NativeOp.of("selu");
      case ELU -> NativeOp.withFloats("elu", ELU_ALPHA);
      case LEAKY_RELU -> NativeOp.withFloats("lrelu", LEAKY_RELU_SLOPE);
      case TANH -> NativeOp.of("tanh");
      case SIGMOID -> NativeOp.of("sigmoid");
      case SOFTMAX -> NativeOp.of("softmax");
      case SOFTPLUS -> NativeOp.of("softplus");
    };
    this.backward = switch (function) {
      case LINEAR, SWISH -> null;
      case RELU -> NativeOp.withFloats("relu_bp", 0.0);
      case SELU -> NativeOp.of("selu_bp");
      case ELU -> NativeOp.withFloats("elu_bp", ELU_ALPHA);
      case LEAKY_RELU -> NativeOp.withFloats("lrelu_bp", LEAKY_RELU_SLOPE);
      case TANH -> NativeOp.of("tanh_bp");
      case SIGMOID -> NativeOp.of("sigmoid_bp");
      case SOFTMAX -> NativeOp.of("softmax_bp");
      case SOFTPLUS -> NativeOp.of("softplus_bp");
    };
  }

  /** The function this kernel computes. */
  ActivationFunction function() {
    return function;
  }

  /**
   * {@code a = f(z)}.
   *
   * @param z the pre-activation values
   * @param a receives the activations, shaped like {@code z} (may be {@code z} itself for LINEAR)
   */
  void forward(INDArray z, INDArray a) {
    switch (function) {
      case LINEAR -> {
        if (a != z) {
          a.assign(z);
        }
      }
      case SWISH -> Nd4j.getExecutioner().exec(new Swish(z, a));
      default -> forward.run(z, a);
    }
  }

  /**
   * {@code gradZ = gradA * f'(z)} (for softmax, the Jacobian-vector product over the last axis).
   *
   * @param z the pre-activation values of the forward pass
   * @param gradA the gradient at the activations
   * @param gradZ receives the gradient at {@code z}, overwritten (may be {@code gradA} itself for LINEAR)
   */
  void backward(INDArray z, INDArray gradA, INDArray gradZ) {
    switch (function) {
      case LINEAR -> {
        if (gradZ != gradA) {
          gradZ.assign(gradA);
        }
      }
      case SWISH -> {
        Nd4j.getExecutioner().exec(new SwishDerivative(z, gradZ));
        multiply.run(gradZ, gradA, gradZ);
      }
      default -> backward.run(z, gradA, gradZ);
    }
  }
}
