package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameters;
import java.io.Serializable;

/**
 * A network's trainable values and non-trainable state (batch normalization's moving statistics) as
 * flat float arrays: what the driver broadcasts at each step.
 */
record Weights(float[] values, float[] state) implements Serializable {
  /** A copy of {@code model}'s parameters. */
  static Weights of(Model model) {
    Parameters p = model.parameters();
    return new Weights(FloatCopies.read(p.values()), p.nonTrainableCount() == 0 ? new float[0] : FloatCopies.read(p.state()));
  }

  /** Writes these values into {@code model}'s parameters. */
  void into(Model model) {
    Parameters p = model.parameters();
    FloatCopies.write(values, p.values());
    if (state.length > 0) {
      FloatCopies.write(state, p.state());
    }
  }
}
