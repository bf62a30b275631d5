package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A depthwise separable convolution (Keras {@code SeparableConv2D}): a depthwise convolution that
 * filters each input channel on its own ({@link #depthMultiplier()} filters per channel), then a 1x1
 * pointwise convolution that mixes the {@code c*depthMultiplier} channels into {@link #filters()}.
 * Input {@code [batch, h, w, c]}, output {@code [batch, oh, ow, filters]}.
 *
 * <p>Parameters (Keras's count): depthwise kernel {@code [kH, kW, c, depthMultiplier]}, pointwise
 * kernel {@code [1, 1, c*depthMultiplier, filters]}, bias {@code [filters]}:
 * {@code kH*kW*c*m + c*m*filters + filters}. Multiply-accumulates per example:
 * {@code oh*ow*(kH*kW*c*m + c*m*filters)} (Chollet, 2017, "Xception").
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface SeparableConv2D {
  /** Number of output channels; positive. */
  int filters();

  /** Depthwise window size: one value or {@code {height, width}}; positive. */
  int[] kernelSize();

  /** Step between windows: one value or {@code {height, width}}; positive. */
  int[] strides() default 1;

  /** Border handling of the depthwise step. */
  Padding padding() default Padding.VALID;

  /** Depthwise filters per input channel; positive. */
  int depthMultiplier() default 1;

  /**
   * Spacing between depthwise kernel taps: one value or {@code {height, width}}; positive. Strides
   * must be 1 where dilation is above 1.
   */
  int[] dilationRate() default 1;

  /** Applied after the pointwise convolution plus bias. */
  ActivationFunction activation() default ActivationFunction.LINEAR;

  /** Whether a bias vector (after the pointwise step) is added. */
  boolean useBias() default true;

  /** How the depthwise kernel is filled. */
  Initializer depthwiseInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the pointwise kernel is filled. */
  Initializer pointwiseInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the bias is filled. */
  Initializer biasInitializer() default Initializer.ZEROS;
}
