package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Repeats rows and columns (Keras {@code UpSampling2D}): input {@code [batch, h, w, c]}, output
 * {@code [batch, h * size[0], w * size[1], c]}. No parameters. Source: Keras
 * {@code keras.src.layers.reshaping.up_sampling2d}.
 *
 * <pre>{@code
 * @UpSampling2D(size = {2, 2}) ReshapingLayer up1(Conv2DLayer bottleneck);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface UpSampling2D {
  /** The factors along height and width: one value or {@code {height, width}}; positive. Keras's default is 2. */
  int[] size() default {2, 2};

  /** How the new pixels are filled; Keras's default is {@link Interpolation#NEAREST}. */
  Interpolation interpolation() default Interpolation.NEAREST;
}
