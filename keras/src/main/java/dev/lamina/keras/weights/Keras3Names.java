package dev.lamina.keras.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The group names Keras 3 gives layers in a weights file ({@code saving_lib}): the class name in snake
 * case ({@code keras.src.utils.naming.to_snake_case}), with {@code _1}, {@code _2}, ... for the second and
 * later layers of the same class, whatever the layers' own names.
 */
final class Keras3Names {
  private Keras3Names() {}

  /** {@code Conv2D} -> {@code conv2d}, {@code MaxPooling2D} -> {@code max_pooling2d}, {@code ReLU} -> {@code re_lu}. */
  static String snakeCase(String className) {
    String name = className.replaceAll("\\W+", "");
    name = name.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The group of each layer, given the layers' classes in the model's order. */
  static List<String> groups(List<String> classNames) {
    Map<String, Integer> used = new HashMap<>();
    List<String> groups = new ArrayList<>();
    for (String cls : classNames) {
      String base = snakeCase(cls);
      Integer n = used.get(base);
      used.put(base, n == null ? 0 : n + 1);
      groups.add(n == null ? base : base + "_" + (n + 1));
    }
    return groups;
  }
}
