package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 2-D convolution (Keras {@code Conv2D}): input {@code [batch, h, w, c]}, output
 * {@code [batch, oh, ow, filters]} with {@code oh}, {@code ow} as {@link Padding} defines.
 *
 * <p>Parameters: kernel {@code [kH, kW, c, filters]} plus, with {@link #useBias()}, bias
 * {@code [filters]}: {@code kH*kW*c*filters + filters} (Keras's count). Multiply-accumulates per
 * example: {@code oh*ow*kH*kW*c*filters}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Conv2D {
  /** Number of output channels; positive. */
  int filters();

  /** Window size: one value for a square window or {@code {height, width}}; positive. */
  int[] kernelSize();

  /** Step between windows: one value or {@code {height, width}}; positive. */
  int[] strides() default 1;

  /** Border handling; Keras's default is {@link Padding#VALID}. */
  Padding padding() default Padding.VALID;

  /**
   * Spacing between kernel taps (atrous convolution): one value or {@code {height, width}}; positive.
   * The effective window is {@code dilation*(k-1)+1}. Strides must be 1 where dilation is above 1.
   */
  int[] dilationRate() default 1;

  /** Applied to the convolution plus bias. */
  ActivationFunction activation() default ActivationFunction.LINEAR;

  /** Whether a bias vector is added. */
  boolean useBias() default true;

  /** How the kernel is filled. */
  Initializer kernelInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the bias is filled. */
  Initializer biasInitializer() default Initializer.ZEROS;
}
