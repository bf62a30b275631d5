package dev.lamina.runtime.loss;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary cross-entropy of every output element against a 0/1 (or soft) target of the same shape,
 * Keras's {@code binary_crossentropy}: {@code -(y log p + (1 - y) log(1 - p))}, averaged over all
 * elements (per pixel for masks).
 *
 * <p>After a sigmoid, the loss reads the probabilities clipped to {@code [1e-7, 1 - 1e-7]} (Keras)
 * and its gradient is fused with the sigmoid: {@code (p - y) / elements} at the logits. With
 * {@code fromLogits} after a LINEAR layer it uses the stable form
 * {@code max(z, 0) - z y + log(1 + exp(-|z|))} (TensorFlow's
 * {@code sigmoid_cross_entropy_with_logits}).
 */
final class BinaryCrossentropy implements Loss {
  private final boolean fromLogits;

  BinaryCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  @Override
  public String name() {
    return "binary_crossentropy";
  }

  @Override
  public BoundLoss bind(Model model) {
    GradientTarget target = OutputActivations.crossEntropyTarget(model, name(), "binaryCrossentropy",
        ActivationFunction.SIGMOID, fromLogits);
    return new BoundLoss(target) {
      private final ScratchBuffer first = new ScratchBuffer();
      private final ScratchBuffer second = new ScratchBuffer();

      @Override
      public void checkLabelShape(int[] labelShape) {
        Targets.requireOutputShape(name(), model, labelShape);
      }

      @Override
      protected double compute(INDArray output, INDArray labels, INDArray gradient) {
        long n = output.length();
        double sum = fromLogits ? fromLogits(output, labels) : fromProbabilities(output, labels);
        if (gradient != null) {
          gradient.assign(output);
          if (fromLogits) {
            Transforms.sigmoid(gradient, false);
          }
          gradient.subi(labels).divi(n);
        }
        return sum / n;
      }

      /** Sum over elements of -(y log p + (1 - y) log(1 - p)), p clipped. */
      private double fromProbabilities(INDArray p, INDArray y) {
        INDArray logP = first.like(p).assign(p);
        Transforms.max(logP, OutputActivations.EPSILON, false);
        Transforms.min(logP, 1 - OutputActivations.EPSILON, false);
        INDArray logQ = second.like(p).assign(logP).rsubi(1);
        Transforms.log(logP, false);
        Transforms.log(logQ, false);
        // sum (1 - y) log q = sum log q - sum y log q
        double sumLogQ = logQ.sumNumber().doubleValue();
        double yLogP = logP.muli(y).sumNumber().doubleValue();
        double yLogQ = logQ.muli(y).sumNumber().doubleValue();
        return -(yLogP + sumLogQ - yLogQ);
      }

      /** Sum over elements of max(z, 0) - z y + log(1 + exp(-|z|)). */
      private double fromLogits(INDArray z, INDArray y) {
        INDArray softplus = first.like(z).assign(z);
        Transforms.abs(softplus, false).negi();
        Transforms.exp(softplus, false);
        Transforms.log1p(softplus, false);
        INDArray linear = second.like(z).assign(z);
        double relu = Transforms.max(linear, 0.0, false).sumNumber().doubleValue();
        double zy = linear.assign(z).muli(y).sumNumber().doubleValue();
        return relu - zy + softplus.sumNumber().doubleValue();
      }
    };
  }
}
