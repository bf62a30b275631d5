package dev.lamina.processor.read;

import dev.lamina.processor.model.Pair;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Typed access to one annotation's values, defaults included, read from the mirror (never through
 * reflection proxies, which Eclipse's compiler and javac treat differently).
 *
 * <p>Every accessor throws {@link UnreadableAnnotationException} when the value is missing or has
 * another type, which only happens in source the compiler rejects on its own.
 */
final class AnnotationValues {
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  AnnotationValues(AnnotationMirror mirror, Elements elements) {
    this.values = elements.getElementValuesWithDefaults(mirror);
  }

  private Object raw(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    throw new UnreadableAnnotationException("no value for " + name);
  }

  private static <T> T as(Class<T> type, Object value, String name) {
    if (!type.isInstance(value)) {
      throw new UnreadableAnnotationException(name + " is not a " + type.getSimpleName() + ": " + value);
    }
    return type.cast(value);
  }

  int intValue(String name) {
    return as(Integer.class, raw(name), name);
  }

  long longValue(String name) {
    Object value = raw(name);
    return value instanceof Integer i ? i : as(Long.class, value, name);
  }

  double doubleValue(String name) {
    return as(Number.class, raw(name), name).doubleValue();
  }

  boolean booleanValue(String name) {
    return as(Boolean.class, raw(name), name);
  }

  AnnotationMirror annotationValue(String name) {
    return as(AnnotationMirror.class, raw(name), name);
  }

  /** An enum constant, e.g. {@code Padding.SAME}. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    VariableElement constant = as(VariableElement.class, raw(name), name);
    try {
      return Enum.valueOf(type, constant.getSimpleName().toString());
    } catch (IllegalArgumentException e) {
      throw new UnreadableAnnotationException(name + " is not a " + type.getSimpleName() + ": " + constant);
    }
  }

  /** An int array attribute. */
  int[] intArray(String name) {
    List<?> list = as(List.class, raw(name), name);
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = as(Integer.class, as(AnnotationValue.class, list.get(i), name).getValue(), name);
    }
    return out;
  }

  /**
   * A one-or-two-value attribute as a pair; null when it has another length (the reader reports
   * that). An empty array gives {@code fallback} (used for pooling strides defaulting to the pool size).
   */
  Pair pair(String name, Pair fallback) {
    int[] v = intArray(name);
    return switch (v.length) {
      case 0 -> fallback;
      case 1 -> Pair.square(v[0]);
      case 2 -> new Pair(v[0], v[1]);
      default -> null;
    };
  }
}
