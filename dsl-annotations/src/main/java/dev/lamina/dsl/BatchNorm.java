package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Batch normalization (Keras {@code BatchNormalization}; Ioffe &amp; Szegedy, 2015) over the last
 * axis (channels of {@code [batch, h, w, c]}, features of {@code [batch, f]}). Training normalizes
 * with the batch's statistics and updates the moving ones,
 * {@code moving = moving * momentum + batch * (1 - momentum)}; inference uses the moving ones.
 *
 * <p>Parameters per channel, as Keras counts them: gamma and beta (trainable, when {@link #scale()}
 * and {@link #center()}), moving mean and moving variance (non-trainable): {@code 4*c}.
 * Multiply-accumulates per example: one per value (the folded scale and shift).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface BatchNorm {
  /** Momentum of the moving mean and variance, in {@code [0, 1)}. */
  double momentum() default 0.99;

  /** Added to the variance before its square root; positive and finite. */
  double epsilon() default 1e-3;

  /** Whether the learned offset beta is added. */
  boolean center() default true;

  /** Whether the learned scale gamma multiplies. */
  boolean scale() default true;
}
