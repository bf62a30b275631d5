package dev.lamina.keras.generate;

import dev.lamina.keras.mapping.MappedModel;
import dev.lamina.keras.mapping.PlacedLayer;
import java.util.List;

/** Writes a mapped Keras model's annotated Java interface (see {@link InterfaceSource}). */
public final class InterfaceGenerator {
  private InterfaceGenerator() {}

  /**
   * @param model the mapped model
   * @param origin the file's format and Keras version, for the javadoc
   * @param fileName the Keras file's name, for the javadoc
   * @param packageName the package ({@code com.example}; empty for none)
   * @param interfaceName the interface's simple name
   * @param params the network's parameter count (the file's, which {@code @Network(params)} asserts)
   * @return the Java source
   * @throws IllegalArgumentException if the package or interface name is not valid Java
   */
  public static String generate(MappedModel model, String origin, String fileName, String packageName,
      String interfaceName, long params) {
    if (!JavaNames.isPackageName(packageName)) {
      throw new IllegalArgumentException("package " + packageName + " is not a valid Java package name");
    }
    if (!JavaNames.isIdentifier(interfaceName)) {
      throw new IllegalArgumentException("interface name " + interfaceName + " is not a valid Java identifier");
    }
    List<String> names = JavaNames.methodNames(model.layers().stream().map(PlacedLayer::layer)
        .map(l -> l.keras().name()).toList());
    return InterfaceSource.write(model, origin, fileName, packageName, interfaceName, params, names);
  }

  /** The Java method name of each Keras layer name, as the generated interface names them. */
  public static List<String> methodNames(List<String> kerasNames) {
    return JavaNames.methodNames(kerasNames);
  }
}
