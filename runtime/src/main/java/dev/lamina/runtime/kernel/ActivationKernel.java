package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.onednn.Onednn;
import dev.lamina.runtime.kernel.onednn.Softmax;
import dev.lamina.runtime.kernel.onednn.StandaloneActivation;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One activation function and its derivative (Keras's {@code keras.activations}), element-wise, or
 * over the last axis for softmax, on tensors of any shape: for a standalone {@code @Activation} layer
 * and for the last layer's activation (which the loss may fuse into its gradient). {@code FLOAT}
 * tensors run on oneDNN's eltwise (softmax: softmax) primitives; {@code DOUBLE} tensors and softmax's
 * backward pass on libnd4j's ops.
 *
 * <p>Constants are Keras's: ELU alpha 1.0, leaky ReLU negative slope 0.2, SELU's alpha and scale from
 * Klambauer et al. (2017).
 */
public final class ActivationKernel {
  private final ActivationFunction function;
  private final Nd4jActivation nd4j;
  private final StandaloneActivation onednn;
  private final Softmax softmax;

  /** @param function the activation; {@link ActivationFunction#LINEAR} copies */
  public ActivationKernel(ActivationFunction function) {
    this.function = Objects.requireNonNull(function, "function");
    this.nd4j = new Nd4jActivation(function);
    boolean eltwise = function != ActivationFunction.LINEAR && function != ActivationFunction.SOFTMAX;
    this.onednn = eltwise && Onednn.available() ? new StandaloneActivation(function) : null;
    this.softmax = function == ActivationFunction.SOFTMAX && Onednn.available() ? new Softmax() : null;
  }

  /** The function this kernel computes. */
  public ActivationFunction function() {
    return function;
  }

  /**
   * {@code a = f(z)}.
   *
   * @param z the pre-activation values
   * @param a receives the activations, shaped like {@code z} (may be {@code z} itself)
   */
  public void forward(INDArray z, INDArray a) {
    if (onednn != null && Onednn.handles(z)) {
      onednn.forward(z, a);
    } else if (softmax != null && Onednn.handles(z) && contiguous(z) && contiguous(a)) {
      softmax.forward(z, a);
    } else {
      nd4j.forward(z, a);
    }
  }

  /**
   * {@code gradZ = gradA * f'(z)} (for softmax, the Jacobian-vector product over the last axis).
   *
   * @param z the pre-activation values of the forward pass
   * @param gradA the gradient at the activations
   * @param gradZ receives the gradient at {@code z}, overwritten (may be {@code gradA} itself for LINEAR)
   */
  public void backward(INDArray z, INDArray gradA, INDArray gradZ) {
    if (onednn != null && Onednn.handles(z)) {
      onednn.backward(z, gradA, gradZ);
    } else {
      nd4j.backward(z, gradA, gradZ);
    }
  }

  private static boolean contiguous(INDArray array) {
    return BufferOps.contiguous(array);
  }
}
