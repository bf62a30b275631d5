package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Element-wise product of its inputs (Keras {@code Multiply}): {@code y = activation(x1 * x2 * ...)}.
 *
 * <p>The method's parameters name the layers it reads (two or more), each of shape
 * {@code [batch, h, w, c]} (or {@code [batch, features]}); all must have the same shape, which is
 * also the output's ({@code [LaminaMergeShapes]} otherwise). No parameters; {@link #activation()}
 * is fused after the merge. Source: Keras {@code keras.src.layers.merging.multiply}.
 *
 * <pre>{@code
 * @Multiply MergeLayer m(Conv2DLayer a, Conv2DLayer b);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Multiply {
  /** Applied to the merged tensor; Keras's merge layers have none ({@link ActivationFunction#LINEAR}). */
  ActivationFunction activation() default ActivationFunction.LINEAR;
}
