package dev.lamina.runtime.loss;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.metric.Shapes;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean squared error, Keras's {@code mean_squared_error}: {@code (output - y)^2} averaged over all
 * elements; gradient {@code 2 (output - y) / elements} at the output (any output activation).
 */
final class MeanSquaredError implements Loss {

  @Override
  public String name() {
    return "mean_squared_error";
  }

  @Override
  public BoundLoss bind(Model model) {
    int[] outputShape = model.outputShape();
    return new BoundLoss() {
      private final ScratchBuffer difference = new ScratchBuffer();

      @Override
      public GradientTarget gradientTarget() {
        return GradientTarget.OUTPUT;
      }

      @Override
      public void checkLabelShape(int[] labelShape) {
        if (!Shapes.dense(outputShape, labelShape)) {
          throw new IllegalArgumentException(name() + " takes targets of the output's shape " + Shapes.format(outputShape)
              + " (network " + model.name() + "), but the labels have shape " + Shapes.format(labelShape));
        }
      }

      @Override
      protected double compute(INDArray output, INDArray labels, INDArray gradient) {
        long n = output.length();
        INDArray d = gradient != null ? gradient : difference.like(output);
        d.assign(output).subi(labels);
        double norm = d.norm2Number().doubleValue();
        if (gradient != null) {
          gradient.muli(2.0 / n);
        }
        return norm * norm / n;
      }
    };
  }
}
