package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds rows and columns of zeros at the borders (Keras {@code ZeroPadding2D}): input
 * {@code [batch, h, w, c]}, output {@code [batch, top + h + bottom, left + w + right, c]}. No
 * parameters. Source: Keras {@code keras.src.layers.reshaping.zero_padding2d}.
 *
 * <p>{@link #padding()} mirrors Keras's three forms: one value {@code {p}} (Keras's {@code p}: every
 * border), two values {@code {ph, pw}} (Keras's {@code (ph, pw)}: top and bottom {@code ph}, left and
 * right {@code pw}) or four values {@code {top, bottom, left, right}} (Keras's
 * {@code ((top, bottom), (left, right))}); another count is {@code [LaminaMarginCount]}.
 *
 * <pre>{@code
 * @ZeroPadding2D(padding = {1, 1}) ReshapingLayer pad1(Conv2DLayer enc2);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface ZeroPadding2D {
  /** Rows and columns added: 1, 2 or 4 values, each at least 0; Keras's default is 1 at every border. */
  int[] padding() default {1, 1};
}
