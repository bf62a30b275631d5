package dev.lamina.runtime.loss;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.ClassLabels;
import dev.lamina.runtime.metric.Shapes;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Cross-entropy with class-index labels, Keras's {@code sparse_categorical_crossentropy}:
 * {@code -log p[label]} per row of the output's last axis, averaged over the rows. Labels are
 * {@code [batch]} (or {@code [batch, height, width]} for a per-pixel softmax) integers in
 * {@code [0, classes)}.
 *
 * <p>After a softmax, the loss reads the probabilities clipped to {@code [1e-7, 1 - 1e-7]} (Keras)
 * and its gradient is fused with the softmax: {@code (p - onehot(label)) / rows} at the logits. With
 * {@code fromLogits} after a LINEAR layer it uses a stable log-softmax of the logits.
 */
final class SparseCategoricalCrossentropy implements Loss {
  private final boolean fromLogits;

  SparseCategoricalCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  @Override
  public String name() {
    return "sparse_categorical_crossentropy";
  }

  @Override
  public BoundLoss bind(Model model) {
    GradientTarget target = OutputActivations.crossEntropyTarget(model, name(), "sparseCategoricalCrossentropy",
        ActivationFunction.SOFTMAX, fromLogits);
    int classes = OutputActivations.classes(model);
    int[] outputShape = model.outputShape();
    return new BoundLoss(target) {
      private final ScratchBuffer logProbabilities = new ScratchBuffer();

      @Override
      public void checkLabelShape(int[] labelShape) {
        if (!Shapes.sparse(outputShape, labelShape)) {
          throw new IllegalArgumentException(name() + " takes one class index per row, label shape "
              + Shapes.format(Arrays.copyOf(outputShape, outputShape.length - 1)) + " for network " + model.name()
              + "'s output " + Shapes.format(outputShape) + ", but the labels have shape " + Shapes.format(labelShape)
              + (Shapes.dense(outputShape, labelShape) ? "; use Losses.categoricalCrossentropy() for one-hot labels" : ""));
        }
      }

      @Override
      protected double compute(INDArray output, INDArray labels, INDArray gradient) {
        long rows = output.length() / classes;
        INDArray source = output;
        if (fromLogits) {
          source = logProbabilities.like(output);
          LogSoftmax.apply(output, source, classes);
        }
        double sum = 0;
        for (long r = 0; r < rows; r++) {
          double v = source.getDouble(r * classes + ClassLabels.classAt(labels, r, classes));
          sum -= fromLogits ? v : Math.log(Math.min(Math.max(v, OutputActivations.EPSILON), 1 - OutputActivations.EPSILON));
        }
        if (gradient != null) {
          gradient.assign(source);
          if (fromLogits) {
            Transforms.exp(gradient, false);
          }
          gradient.divi(rows);
          for (long r = 0; r < rows; r++) {
            long i = r * classes + ClassLabels.classAt(labels, r, classes);
            gradient.putScalar(i, gradient.getDouble(i) - 1.0 / rows);
          }
        }
        return sum / rows;
      }
    };
  }
}
