package dev.lamina.keras.weights;

import dev.lamina.keras.file.LayerWeights;
import dev.lamina.keras.file.WeightTensor;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.param.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one {@link LayerPair}: the kind and settings (when the file has the architecture), then each
 * of the Lamina layer's parameters against a Keras tensor, by name in Keras 2 files and by position in
 * Keras 3 files (which store none). Keras's layouts are Lamina's, so shapes must be equal; nothing is
 * transposed.
 */
final class TensorMatch {
  /** A Keras tensor that will be copied into a Lamina parameter of the same shape. */
  record Assignment(Parameter parameter, WeightTensor tensor) {}

  private TensorMatch() {}

  /**
   * @param byPosition whether the Keras tensors are matched by position (Keras 3) rather than by name
   * @param problems receives what prevents loading
   * @param warnings receives differences that affect training only
   * @return the assignments, when this pair has no problem
   */
  static List<Assignment> match(LayerPair pair, boolean byPosition, List<String> problems, List<String> warnings) {
    String keras = "Keras layer " + pair.keras();
    String lamina = "Lamina layer " + pair.laminaLabel();
    int before = problems.size();
    if (pair.expected().isPresent()) {
      MappedLayer expected = pair.expected().get();
      String kerasKind = expected.lamina().kerasType();
      String laminaKind = pair.lamina().config().kerasType();
      if (!kerasKind.equals(laminaKind)) {
        problems.add(keras + " is declared in Lamina as " + kerasKind + ", but " + lamina + " is a " + laminaKind);
        return List.of();
      }
      for (ConfigComparison.Difference d : ConfigComparison.compare(expected.lamina(), pair.lamina().config())) {
        (d.trainingOnly() ? warnings : problems).add(keras + " and " + lamina + " differ: " + d.describe()
            + (d.trainingOnly() ? " (training only)" : ""));
      }
    }
    List<Parameter> params = pair.lamina().parameters();
    List<WeightTensor> tensors = pair.weights().map(LayerWeights::tensors).orElse(List.of());
    if (pair.weights().isEmpty() && !params.isEmpty()) {
      problems.add(keras + " has no weights in the file; " + lamina + " needs " + describe(params));
      return List.of();
    }
    List<Assignment> out = new ArrayList<>();
    if (byPosition) {
      if (tensors.size() != params.size()) {
        problems.add(keras + " holds " + tensors.size() + " weight(s) " + tensors + "; " + lamina + " has "
            + params.size() + ": " + describe(params));
        return List.of();
      }
      for (int i = 0; i < params.size(); i++) {
        check(keras, lamina, params.get(i), tensors.get(i), problems, out);
      }
    } else {
      List<WeightTensor> unused = new ArrayList<>(tensors);
      for (Parameter p : params) {
        Optional<WeightTensor> t = tensors.stream().filter(x -> p.name().equals(x.name())).findFirst();
        if (t.isEmpty()) {
          problems.add(keras + " is missing the weight " + p.name() + " that " + lamina + " needs "
              + WeightTensor.describe(p.shape()) + "; it holds " + (tensors.isEmpty() ? "none" : tensors.toString()));
          continue;
        }
        unused.remove(t.get());
        check(keras, lamina, p, t.get(), problems, out);
      }
      for (WeightTensor t : unused) {
        problems.add(keras + " holds the weight " + t + " that " + lamina + " has no place for ("
            + describe(params) + ")");
      }
    }
    return problems.size() == before ? out : List.of();
  }

  private static void check(String keras, String lamina, Parameter p, WeightTensor t, List<String> problems,
      List<Assignment> out) {
    if (!Arrays.equals(p.shape(), t.shape())) {
      problems.add(keras + " weight " + t.label() + " has shape " + t.shapeText() + "; " + lamina + " " + p.name()
          + " has shape " + WeightTensor.describe(p.shape()));
      return;
    }
    double[] v = t.values();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        problems.add(keras + " weight " + t.label() + " holds " + v[i] + " at flat index " + i + " (at " + t.location()
            + ")");
        return;
      }
    }
    out.add(new Assignment(p, t));
  }

  private static String describe(List<Parameter> params) {
    return params.stream().map(p -> p.name() + " " + WeightTensor.describe(p.shape())).collect(Collectors.joining(", "));
  }
}
