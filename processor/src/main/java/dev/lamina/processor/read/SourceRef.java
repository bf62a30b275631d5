package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Attr;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a layer (or the network) was declared: the element, its layer annotation, and its
 * {@code @OutputShape} annotation if any. Finds the exact {@link AnnotationValue} an {@link Attr}
 * names, so that javac can put the caret on the value the user typed.
 *
 * @param element the method (or, for the network, the interface)
 * @param annotation the layer annotation (or {@code @Network}); null when there is none
 * @param outputShape the {@code @OutputShape} annotation; null when there is none
 */
public record SourceRef(Element element, AnnotationMirror annotation, AnnotationMirror outputShape) {

  public SourceRef {
    Objects.requireNonNull(element, "element");
  }

  /**
   * A position to report at.
   *
   * @param element always set
   * @param annotation null to report on the element alone
   * @param value null to report on the annotation alone
   */
  public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  /**
   * The position of {@code attr}'s value: the array element {@code index} when the value is an array
   * written with braces and {@code index >= 0}; the annotation when the attribute was left at its
   * default (it has no source text); the element when there is no annotation.
   */
  public Position locate(Attr attr, int index) {
    AnnotationMirror mirror = attr == Attr.OUTPUT_SHAPE && outputShape != null ? outputShape : annotation;
    if (mirror == null) {
      return new Position(element, null, null);
    }
    if (attr == Attr.HEIGHT || attr == Attr.WIDTH || attr == Attr.CHANNELS) {
      AnnotationValue input = explicitValue(mirror, Attr.INPUT.attributeName());
      if (input != null && input.getValue() instanceof AnnotationMirror nested) {
        AnnotationValue v = explicitValue(nested, attr.attributeName());
        return new Position(element, nested, v);
      }
    }
    if (attr == Attr.ANNOTATION) {
      return new Position(element, mirror, null);
    }
    AnnotationValue value = explicitValue(mirror, attr.attributeName());
    if (value == null) {
      return new Position(element, mirror, null);
    }
    if (index >= 0 && value.getValue() instanceof List<?> list && index < list.size()) {
      return new Position(element, mirror, (AnnotationValue) list.get(index));
    }
    return new Position(element, mirror, value);
  }

  /** The value written in source for {@code name}, or null when it was left at its default. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
