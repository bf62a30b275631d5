package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a network: a public, non-generic interface (nested only in public types) whose abstract
 * methods are its layers, in declaration order. Each method carries exactly one layer annotation
 * ({@link Conv2D}, {@link MaxPool}, {@link Dense}, ...) and returns that layer's handle type from
 * {@code dev.lamina.runtime.layer} (or their common supertype {@code Layer}). The method's name is the
 * layer's name. A method without parameters reads the layer declared before it (the first one the
 * network's input); a method's parameters name the earlier layers it reads instead, each typed with a
 * handle type that holds that layer's handle, which is how skip connections are declared:
 *
 * <pre>{@code
 * @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer stem();
 * @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer a();
 * @Conv2D(filters = 32, kernelSize = 3, padding = SAME) Conv2DLayer b();
 * @Add(activation = RELU) MergeLayer block1(Conv2DLayer stem, Conv2DLayer b);
 * }</pre>
 *
 * <p>The network's output is its last layer; every other layer must be read by a later one.
 *
 * <p>Superinterfaces contribute layers too: theirs come first, depth first in the order of the
 * {@code extends} clause, each superinterface once, so a shared stack of layers can live in a plain
 * interface that several networks extend. Layer names must be unique across all of them. The
 * interface may extend {@code dev.lamina.runtime.Model}, whose methods are not layers (and whose
 * no-argument method names, such as {@code summary}, cannot be layer names). Default, static and
 * private methods without a layer annotation are helpers, not layers.
 *
 * <p>The processor computes every layer's output shape, parameter counts and multiply-accumulates
 * while {@code javac} runs, and reports what does not fit as a compile error on the offending
 * annotation value (see {@code docs/compile-errors.md}); legal but lossy choices, such as a VALID
 * pool that drops the last row, are warnings that {@code @SuppressWarnings("lamina")} silences. With
 * {@code -Alamina.summary=true} it prints each network's Keras-style summary as a note. For an
 * interface {@code FashionCnn} it generates {@code LaminaFashionCnn}, which implements the interface
 * and {@code dev.lamina.runtime.Model}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Network {
  /** Value of {@link #params()} meaning "not asserted". */
  long UNCHECKED = -1;

  /** The shape of one input example, NHWC without the batch dimension; every size positive. */
  Input input();

  /**
   * The total parameter count (trainable plus non-trainable, as Keras's {@code Total params}) this
   * network must have, e.g. {@code params = 435_306}; compilation fails, with the per-layer table,
   * when the layers add up to another number. {@link #UNCHECKED} (the default) asserts nothing; any
   * other negative value is an error.
   */
  long params() default UNCHECKED;
}
