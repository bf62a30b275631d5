package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Element-wise sum of its inputs (Keras {@code Add}): {@code y = activation(x1 + x2 + ...)}.
 *
 * <p>The method's parameters name the layers it reads (two or more), each of shape
 * {@code [batch, h, w, c]} (or {@code [batch, features]}); all must have the same shape, which is
 * also the output's ({@code [LaminaMergeShapes]} otherwise). No parameters; {@link #activation()}
 * is fused after the merge. Source: Keras {@code keras.src.layers.merging.add}.
 *
 * <pre>{@code
 * @Add(activation = RELU) MergeLayer block1(Conv2DLayer stem, Conv2DLayer b);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Add {
  /** Applied to the merged tensor; Keras's merge layers have none ({@link ActivationFunction#LINEAR}). */
  ActivationFunction activation() default ActivationFunction.LINEAR;
}
