package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A standalone activation layer (Keras {@code Activation}): applies {@link #value()} to its input.
 * Any input shape; the output has the same shape. No parameters.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Activation {
  /** The function applied. */
  ActivationFunction value();
}
