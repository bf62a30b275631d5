package dev.lamina.keras.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers from Keras layer names: lower camel case ({@code max_pooling2d_1} ->
 * {@code maxPooling2d1}), a {@code layer} prefix before a leading digit, a {@code Layer} suffix on Java
 * keywords and on names Lamina reserves (the no-argument methods of {@code dev.lamina.runtime.Model}
 * and {@code Object}, which the generated class also has), and a number appended to repeats.
 */
final class JavaNames {
  /** Names a layer method cannot have ({@code [LaminaReservedName]}). */
  static final Set<String> RESERVED = Set.of("name", "summary", "inputShape", "outputShape", "dataType",
      "outputActivation", "layers", "parameters", "architecture", "replica", "toString", "hashCode", "finalize", "getClass",
      "notify", "notifyAll", "wait", "clone");

  private JavaNames() {}

  /** One unique method name per Keras layer name, in order. */
  static List<String> methodNames(List<String> kerasNames) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String kerasName : kerasNames) {
      String base = identifier(kerasName);
      String name = base;
      for (int n = 2; taken.contains(name); n++) {
        name = base + n;
      }
      taken.add(name);
      names.add(name);
    }
    return names;
  }

  /** {@code conv2d_1} -> {@code conv2d1}; {@code Block1-Conv} -> {@code block1Conv}. */
  static String identifier(String kerasName) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < kerasName.length(); i++) {
      char c = kerasName.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (sb.length() == 0) {
          sb.append(Character.toLowerCase(c));
        } else {
          sb.append(upper ? Character.toUpperCase(c) : c);
        }
        upper = false;
      } else {
        upper = true;
      }
    }
    String name = sb.length() == 0 ? "layer" : sb.toString();
    if (Character.isDigit(name.charAt(0))) {
      name = "layer" + name;
    }
    if (SourceVersion.isKeyword(name) || RESERVED.contains(name)) {
      name = name + "Layer";
    }
    return name;
  }

  /** Whether {@code name} is a valid Java identifier that is not a keyword. */
  static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /** Whether {@code name} is a valid package name ({@code com.example}). */
  static boolean isPackageName(String name) {
    return name.isEmpty() || SourceVersion.isName(name);
  }
}
