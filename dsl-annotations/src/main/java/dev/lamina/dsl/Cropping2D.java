package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Removes rows and columns at the borders (Keras {@code Cropping2D}): input {@code [batch, h, w, c]},
 * output {@code [batch, h - top - bottom, w - left - right, c]}; at least one row and one column must
 * remain ({@code [LaminaCropTooLarge]}). No parameters. Source: Keras
 * {@code keras.src.layers.reshaping.cropping2d}.
 *
 * <p>{@link #cropping()} mirrors Keras's three forms: one value {@code {m}} (every border), two values
 * {@code {mh, mw}} (top and bottom {@code mh}, left and right {@code mw}) or four values
 * {@code {top, bottom, left, right}} (Keras's {@code ((top, bottom), (left, right))}); another count is
 * {@code [LaminaMarginCount]}.
 *
 * <pre>{@code
 * @Cropping2D(cropping = {1, 1}) ReshapingLayer crop1(Conv2DLayer enc1);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Cropping2D {
  /** Rows and columns removed: 1, 2 or 4 values, each at least 0; Keras's default is none. */
  int[] cropping() default {0, 0};
}
