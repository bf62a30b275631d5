package dev.lamina.runtime.loss;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.Shapes;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Cross-entropy with one-hot (or soft) labels, Keras's {@code categorical_crossentropy}:
 * {@code -sum(y * log p)} per row of the output's last axis, averaged over the rows. Labels have
 * the output's shape and each row sums to 1.
 *
 * <p>After a softmax, the loss reads the probabilities clipped to {@code [1e-7, 1 - 1e-7]} (Keras)
 * and its gradient is fused with the softmax: {@code (p - y) / rows} at the logits. With
 * {@code fromLogits} after a LINEAR layer it uses a stable log-softmax of the logits.
 */
final class CategoricalCrossentropy implements Loss {
  private final boolean fromLogits;

  CategoricalCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  @Override
  public String name() {
    return "categorical_crossentropy";
  }

  @Override
  public BoundLoss bind(Model model) {
    GradientTarget target = OutputActivations.crossEntropyTarget(model, name(), "categoricalCrossentropy",
        ActivationFunction.SOFTMAX, fromLogits);
    int classes = OutputActivations.classes(model);
    int[] outputShape = model.outputShape();
    return new BoundLoss(target) {
      private final ScratchBuffer logProbabilities = new ScratchBuffer();

      @Override
      public void checkLabelShape(int[] labelShape) {
        if (!Shapes.dense(outputShape, labelShape)) {
          throw new IllegalArgumentException(name() + " takes one-hot labels of the output's shape "
              + Shapes.format(outputShape) + " (network " + model.name() + "), but the labels have shape "
              + Shapes.format(labelShape)
              + (Shapes.sparse(outputShape, labelShape) ? "; use Losses.sparseCategoricalCrossentropy() for class indices"
                  : ""));
        }
      }

      @Override
      protected double compute(INDArray output, INDArray labels, INDArray gradient) {
        long rows = output.length() / classes;
        INDArray logs = logProbabilities.like(output);
        if (fromLogits) {
          LogSoftmax.apply(output, logs, classes);
        } else {
          logs.assign(output);
          Transforms.max(logs, OutputActivations.EPSILON, false);
          Transforms.min(logs, 1 - OutputActivations.EPSILON, false);
          Transforms.log(logs, false);
        }
        if (gradient != null) {
          if (fromLogits) {
            Transforms.exp(gradient.assign(logs), false);
          } else {
            gradient.assign(output);
          }
          gradient.subi(labels).divi(rows);
        }
        return -logs.muli(labels).sumNumber().doubleValue() / rows;
      }
    };
  }

}
