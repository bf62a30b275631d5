package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A densely connected layer (Keras {@code Dense}): {@code y = activation(x · kernel + bias)}. Input
 * {@code [batch, features]} (after {@link Flatten} or a global pooling), output {@code [batch, units]}.
 *
 * <p>Parameters: kernel {@code [features, units]} plus bias {@code [units]}:
 * {@code features*units + units}. Multiply-accumulates per example: {@code features*units}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Dense {
  /** Output features; positive. */
  int units();

  /** Applied to {@code x · kernel + bias}. */
  ActivationFunction activation() default ActivationFunction.LINEAR;

  /** Whether a bias vector is added. */
  boolean useBias() default true;

  /** How the kernel is filled. */
  Initializer kernelInitializer() default Initializer.GLOROT_UNIFORM;

  /** How the bias is filled. */
  Initializer biasInitializer() default Initializer.ZEROS;
}
