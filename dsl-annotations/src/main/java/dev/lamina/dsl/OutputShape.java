package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A compile-time assertion on a layer's output shape, without the batch dimension:
 * {@code @OutputShape({14, 14, 64})} for a spatial layer, {@code @OutputShape(128)} after
 * {@link Flatten} or {@link Dense}. Compilation fails when the computed shape differs.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface OutputShape {
  /** The expected shape: {@code {height, width, channels}} or {@code {units}}. */
  int[] value();
}
