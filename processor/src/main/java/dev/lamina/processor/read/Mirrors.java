package dev.lamina.processor.read;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finding annotation mirrors by qualified name, the same way under javac and Eclipse's compiler. */
final class Mirrors {
  static final String NETWORK = "dev.lamina.dsl.Network";
  static final String OUTPUT_SHAPE = "dev.lamina.dsl.OutputShape";

  private Mirrors() {}

  /** The annotation's qualified name: {@code dev.lamina.dsl.Conv2D}; empty for a type that does not resolve. */
  static String qualifiedName(AnnotationMirror m) {
    return m.getAnnotationType().asElement() instanceof TypeElement t ? t.getQualifiedName().toString() : "";
  }

  /** The annotation's simple name: {@code Conv2D}. */
  static String simpleName(AnnotationMirror m) {
    return m.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** {@code element}'s annotation of that name, or null. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (qualifiedName(m).equals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  /** {@code element}'s layer annotations, in source order. */
  static List<AnnotationMirror> layerAnnotations(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> LayerKind.forAnnotation(qualifiedName(m)) != null)
        .collect(Collectors.toList());
  }
}
