package dev.lamina.runtime.loss;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
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
    return new BoundLoss(GradientTarget.OUTPUT) {
      private final ScratchBuffer difference = new ScratchBuffer();

      @Override
      public void checkLabelShape(int[] labelShape) {
        Targets.requireOutputShape(name(), model, labelShape);
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
