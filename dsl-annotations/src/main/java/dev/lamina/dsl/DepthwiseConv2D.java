package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A depthwise convolution (Keras {@code DepthwiseConv2D}): each input channel is convolved with its
 * own {@link #depthMultiplier()} filters. Input {@code [batch, h, w, c]}, output
 * {@code [batch, oh, ow, c*depthMultiplier]}; output channel {@code i*depthMultiplier + j} comes
 * from input channel {@code i}.
 *
 * <p>Parameters: depthwise kernel {@code [kH, kW, c, depthMultiplier]} plus bias
 * {@code [c*depthMultiplier]}: {@code kH*kW*c*m + c*m}. Multiply-accumulates per example:
 * {@code oh*ow*kH*kW*c*m}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface DepthwiseConv2D {
  /** Window size: one value or {@code {height, width}}; positive. */
  int[] kernelSize();

  /** Step between windows: one value or {@code {height, width}}; positive. */
  int[] strides() default 1;

  /** Border handling. */
  Padding padding() default Padding.VALID;

  /** Filters per input channel; positive. */
  int depthMultiplier() default 1;

  /**
   * Spacing between kernel taps: one value or {@code {height, width}}; positive. Strides must be 1
   * where dilation is above 1.
   */
  int[] dilationRate() default 1;

  /** Applied to the convolution plus bias. */
  ActivationFunction activation() default ActivationFunction.LINEAR;

  /** Whether a bias vector is added. */
  boolean useBias() default true;

  /** How the depthwise kernel is filled. */
  Initializer depthwiseInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the bias is filled. */
  Initializer biasInitializer() default Initializer.ZEROS;
}
