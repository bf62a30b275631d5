package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Joins its inputs along the channels (Keras {@code Concatenate(axis=-1)}): inputs
 * {@code [batch, h, w, c1]}, {@code [batch, h, w, c2]}, ... (equal {@code h} and {@code w},
 * {@code [LaminaMergeShapes]} otherwise), output {@code [batch, h, w, c1 + c2 + ...]}; flat inputs
 * {@code [batch, f1]}, {@code [batch, f2]}, ... give {@code [batch, f1 + f2 + ...]}. The method's
 * parameters name the layers it reads, two or more, in the order their channels appear in the
 * output. No parameters; {@link #activation()} is fused after. Source: Keras
 * {@code keras.src.layers.merging.concatenate}.
 *
 * <pre>{@code
 * @Concatenate MergeLayer skip1(ReshapingLayer up1, Conv2DLayer enc1);
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Concatenate {
  /** Applied to the concatenation; Keras's {@code Concatenate} has none ({@link ActivationFunction#LINEAR}). */
  ActivationFunction activation() default ActivationFunction.LINEAR;
}
