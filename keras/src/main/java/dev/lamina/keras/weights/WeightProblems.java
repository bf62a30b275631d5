package dev.lamina.keras.weights;

import dev.lamina.keras.IncompatibleKerasWeightsException;
import dev.lamina.keras.file.KerasFile;
import dev.lamina.runtime.Model;
import java.util.List;

/** The exception listing every mismatch between a Keras file and a network. */
final class WeightProblems {
  private WeightProblems() {}

  static IncompatibleKerasWeightsException fail(KerasFile file, Model model, List<String> problems) {
    StringBuilder sb = new StringBuilder(file.path().toString()).append(": cannot load its weights into network ")
        .append(model.name()).append(" (nothing was assigned):");
    for (String p : problems) {
      sb.append("\n  - ").append(p);
    }
    return new IncompatibleKerasWeightsException(sb.toString());
  }
}
