package dev.lamina.keras.weights;

import dev.lamina.keras.KerasWeightsReport;
import dev.lamina.keras.file.KerasFile;
import dev.lamina.runtime.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Pairs, checks everything, then assigns: a refused load leaves the network as it was. */
public final class WeightLoader {
  private WeightLoader() {}

  /**
   * @throws dev.lamina.keras.IncompatibleKerasWeightsException listing every mismatch, before anything is assigned
   * @throws dev.lamina.keras.KerasFormatException if the architecture in the file cannot be read
   */
  public static KerasWeightsReport load(Model model, KerasFile file) throws dev.lamina.keras.KerasFormatException {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<LayerPair> pairs = LayerPairing.pair(model, file, problems);
    List<TensorMatch.Assignment> assignments = new ArrayList<>();
    for (LayerPair pair : pairs) {
      assignments.addAll(TensorMatch.match(pair, file.format().keras3(), problems, warnings));
    }
    if (!problems.isEmpty()) {
      throw WeightProblems.fail(file, model, problems);
    }
    long values = 0;
    Set<String> layers = new HashSet<>();
    for (TensorMatch.Assignment a : assignments) {
      var target = a.parameter().value();
      target.assign(Nd4j.create(a.tensor().values(), a.parameter().shape(), DataType.DOUBLE).castTo(target.dataType()));
      values += a.tensor().values().length;
      layers.add(a.parameter().layer());
    }
    return new KerasWeightsReport(file.path(), file.format(), layers.size(), assignments.size(), values, warnings);
  }
}
