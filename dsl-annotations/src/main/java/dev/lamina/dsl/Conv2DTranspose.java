package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transposed convolution (Keras {@code Conv2DTranspose}, often called deconvolution): the gradient
 * of a convolution with respect to its input, used to upsample, for example back to the input size
 * for segmentation. Input {@code [batch, h, w, c]}, output {@code [batch, oh, ow, filters]} with
 * (Keras, {@code deconv_output_length}) {@code oh = h*s} for {@link Padding#SAME} and
 * {@code oh = h*s + max(k - s, 0)} for {@link Padding#VALID}.
 *
 * <p>Parameters: kernel {@code [kH, kW, filters, c]} (Keras's layout: output channels before input
 * channels) plus bias {@code [filters]}: {@code kH*kW*filters*c + filters}. Multiply-accumulates per
 * example: {@code h*w*kH*kW*c*filters}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Conv2DTranspose {
  /** Number of output channels; positive. */
  int filters();

  /** Window size: one value or {@code {height, width}}; positive. */
  int[] kernelSize();

  /** Upsampling factor: one value or {@code {height, width}}; positive. */
  int[] strides() default 1;

  /** Border handling; see the class description for the output size. */
  Padding padding() default Padding.VALID;

  /** Applied to the transposed convolution plus bias. */
  ActivationFunction activation() default ActivationFunction.LINEAR;

  /** Whether a bias vector is added. */
  boolean useBias() default true;

  /** How the kernel is filled. */
  Initializer kernelInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the bias is filled. */
  Initializer biasInitializer() default Initializer.ZEROS;
}
