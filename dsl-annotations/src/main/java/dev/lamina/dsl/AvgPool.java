package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Avg pooling (Keras {@code AveragePooling2D}): the mean of each window, per channel. Input
 * {@code [batch, h, w, c]}, output {@code [batch, oh, ow, c]} with {@code oh}, {@code ow} as
 * {@link Padding} defines; with {@link Padding#SAME}, padded cells are left out of the mean.
 * No parameters.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface AvgPool {
  /** Window size: one value or {@code {height, width}}; positive. Keras's default is 2. */
  int[] poolSize() default 2;

  /** Step between windows: one value or {@code {height, width}}; empty (the default) means {@link #poolSize()}. */
  int[] strides() default {};

  /** Border handling; Keras's default is {@link Padding#VALID}. */
  Padding padding() default Padding.VALID;
}
