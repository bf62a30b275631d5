/**
 * The annotations a Lamina network is declared with.
 *
 * <p>A network is a public interface annotated {@link dev.lamina.dsl.Network @Network}. Its layers
 * are its abstract methods, in declaration order; each carries exactly one layer annotation, and the
 * method's name is the layer's name. Tensors are NHWC: {@code [batch, height, width, channels]}.
 * Annotation and attribute names follow Keras's layer arguments in camelCase
 * ({@code filters}, {@code kernelSize}, {@code strides}, {@code padding}, {@code units}, ...), and
 * defaults are Keras's defaults.
 *
 * <pre>{@code
 * @Network(input = @Input(height = 28, width = 28, channels = 1), params = 63_050)
 * public interface SmallCnn {
 *   @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv1();
 *   @MaxPool(poolSize = 2) PoolingLayer pool1();
 *   @Flatten Layer flatten();
 *   @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
 * }
 * }</pre>
 *
 * <p>The annotations are read by {@code lamina-processor} while {@code javac} runs; they are not
 * retained at run time and nothing in Lamina reads them reflectively. The processor reports every
 * shape that does not fit, every invalid value and every malformed declaration as a compile error
 * on the value that causes it; the messages are listed in {@code docs/compile-errors.md}.
 */
package dev.lamina.dsl;
