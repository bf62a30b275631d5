package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a network: a public, non-generic interface whose abstract methods are its layers, in
 * declaration order. Each method takes no parameters, carries exactly one layer annotation
 * ({@link Conv2D}, {@link MaxPool}, {@link Dense}, ...) and returns that layer's handle type from
 * {@code dev.lamina.runtime.layer} (or its common supertype {@code Layer}).
 *
 * <p>The processor computes every layer's output shape and parameter count while {@code javac} runs
 * and reports what does not fit as a compile error on the offending annotation value. For an
 * interface {@code FashionCnn} it generates {@code LaminaFashionCnn}, which implements the interface
 * and {@code dev.lamina.runtime.Model}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Network {
  /** Value of {@link #params()} meaning "not asserted". */
  long UNCHECKED = -1;

  /** The shape of one input example, NHWC without the batch dimension. */
  Input input();

  /**
   * The total parameter count (trainable plus non-trainable, as Keras's {@code Total params}) this
   * network must have; compilation fails, with the per-layer table, when the layers add up to
   * another number. {@link #UNCHECKED} (the default) asserts nothing.
   */
  long params() default UNCHECKED;
}
