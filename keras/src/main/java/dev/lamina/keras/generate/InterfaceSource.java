package dev.lamina.keras.generate;

import dev.lamina.keras.mapping.MappedModel;
import dev.lamina.keras.mapping.PlacedLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the annotated interface of a mapped Keras model as a person would: imports sorted (static
 * first), a javadoc naming the Keras file, {@code @Network} with the input and parameter count, then
 * one annotated method per Keras layer with its Keras name, class and shapes in a comment.
 */
final class InterfaceSource {
  private InterfaceSource() {}

  /**
   * @param model the mapped model
   * @param origin where it comes from, for the javadoc: {@code fashion_cnn_keras2.h5 (a Keras 2 HDF5 model
   *     written by Keras 2.4.0)}
   * @param packageName the interface's package (empty: the unnamed package)
   * @param interfaceName the interface's simple name
   * @param params the parameter count, from the file's weights
   * @param methodNames one method name per layer
   */
  static String write(MappedModel model, String origin, String fileName, String packageName, String interfaceName,
      long params, List<String> methodNames) {
    List<LayerAnnotation> annotations = model.layers().stream().map(p -> LayerAnnotation.of(p.layer())).toList();
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    imports(out, annotations);
    List<String> classDoc = new ArrayList<>();
    classDoc.add("The Keras model {@code " + model.keras().name() + "} of {@code " + fileName + "} (" + origin
        + "), declared for Lamina: " + model.layers().size() + " layers, " + String.format("%,d", params)
        + " parameters.");
    classDoc.add("Written by Lamina's Keras import. Load the trained weights into the generated class with"
        + " {@code KerasWeights.load(Lamina" + interfaceName + ".create(0), Path.of(\"" + fileName + "\"))}.");
    SourceText.javadoc(out, "", classDoc);
    out.append("@Network(input = @Input(height = ").append(model.input().height()).append(", width = ")
        .append(model.input().width()).append(", channels = ").append(model.input().channels()).append("), params = ")
        .append(JavaLiterals.longLiteral(params)).append(")\n");
    out.append("public interface ").append(interfaceName).append(" {\n");
    for (int i = 0; i < model.layers().size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      layer(out, model.layers().get(i), annotations.get(i), methodNames.get(i));
    }
    out.append("}\n");
    return out.toString();
  }

  private static void layer(StringBuilder out, PlacedLayer placed, LayerAnnotation annotation, String method) {
    List<String> doc = new ArrayList<>();
    doc.add("Keras layer {@code " + placed.layer().keras().name() + "} (" + placed.layer().keras().className() + "): "
        + placed.input().describe() + " -> " + placed.output().describe() + ".");
    placed.laminaWarning().ifPresent(w -> doc.add("Lamina's warning is suppressed: " + w + "."));
    if (!placed.layer().notes().isEmpty()) {
      doc.add("Left out: " + String.join("; ", placed.layer().notes()) + ".");
    }
    SourceText.javadoc(out, "  ", doc);
    if (placed.laminaWarning().isPresent()) {
      out.append("  @SuppressWarnings(\"lamina\")\n");
    }
    SourceText.annotation(out, "  ", annotation.annotation(), annotation.attributes());
    out.append("  ").append(annotation.handle()).append(' ').append(method).append("();\n");
  }

  private static void imports(StringBuilder out, List<LayerAnnotation> annotations) {
    TreeSet<String> statics = new TreeSet<>();
    TreeSet<String> types = new TreeSet<>(List.of("dev.lamina.dsl.Input", "dev.lamina.dsl.Network"));
    for (LayerAnnotation a : annotations) {
      statics.addAll(a.constants());
      types.add("dev.lamina.dsl." + a.annotation());
      types.add("dev.lamina.runtime.layer." + a.handle());
    }
    for (String s : statics) {
      out.append("import static ").append(s).append(";\n");
    }
    if (!statics.isEmpty()) {
      out.append('\n');
    }
    for (String t : types) {
      out.append("import ").append(t).append(";\n");
    }
    out.append('\n');
  }
}
