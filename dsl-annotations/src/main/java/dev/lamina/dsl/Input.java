package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shape of one input example of a {@link Network}: {@code [height, width, channels]}; batches
 * are {@code [batch, height, width, channels]} (NHWC). Every value must be positive.
 */
@Documented
@Target({})
@Retention(RetentionPolicy.CLASS)
public @interface Input {
  /** Rows of the input image, in pixels. */
  int height();

  /** Columns of the input image, in pixels. */
  int width();

  /** Channels per pixel: 1 for grayscale, 3 for RGB. */
  int channels();
}
