package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inverted dropout (Keras {@code Dropout}; Srivastava et al., 2014): while training, each value is
 * zeroed with probability {@link #rate()} and the survivors are scaled by {@code 1 / (1 - rate)};
 * at inference the layer is the identity. Any input shape; the output has the same shape. No
 * parameters. Masks come from the network's seeded random generator.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Dropout {
  /** Fraction of values dropped, in {@code [0, 1)}. */
  double rate();
}
