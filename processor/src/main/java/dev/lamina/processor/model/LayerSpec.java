package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/**
 * One layer kind's configuration and arithmetic, as Keras splits a layer into
 * {@code __init__} (validate attributes), {@code build} (derive weight shapes) and
 * {@code compute_output_shape}. Implementations are immutable records, one per annotation.
 *
 * <p>Callers check in order: {@link #checkAttributes(String)}; then {@link #inputRank()} against the input;
 * then {@link #checkInput(String, Shape)}; only when all three are clean are {@link #outputShape},
 * {@link #tensors} and {@link #macs} meaningful.
 */
public sealed interface LayerSpec
    permits Conv2DSpec, SeparableConv2DSpec, DepthwiseConv2DSpec, Conv2DTransposeSpec, PoolSpec,
        GlobalPoolSpec, FlattenSpec, DenseSpec, DropoutSpec, BatchNormSpec, ActivationSpec, MergingSpec,
        UpSampling2DSpec, ZeroPadding2DSpec, Cropping2DSpec {

  /** The layer's kind as Keras names it ({@code Conv2D}, {@code MaxPooling2D}, ...). */
  String kerasType();

  /** The annotation's simple name, for messages ({@code Conv2D}, {@code MaxPool}, ...). */
  String annotation();

  /** Which input shapes the layer accepts. */
  InputRank inputRank();

  /** The fewest inputs the layer reads: 1, or 2 for a merge layer. */
  default int minInputs() {
    return 1;
  }

  /** The most inputs the layer reads: 1, or more for a merge layer. */
  default int maxInputs() {
    return minInputs() == 1 ? 1 : Integer.MAX_VALUE;
  }

  /** For a merge layer: whether two of its inputs' shapes can be merged. */
  default boolean agree(Shape a, Shape b) {
    throw new UnsupportedOperationException(annotation() + " reads one input");
  }

  /**
   * For a merge layer: the shape it merges {@code ins} into (which {@link #agree} pairwise); its
   * {@link #outputShape} then maps that shape to the output.
   */
  default Shape mergedShape(List<Shape> ins) {
    throw new UnsupportedOperationException(annotation() + " reads one input");
  }

  /** Problems of the attribute values on their own (non-positive sizes, rates out of range, ...). */
  List<Problem> checkAttributes(String layerName);

  /**
   * Problems with this input (a window larger than the input, ...), including warnings for legal but
   * lossy choices. Called only with an input {@link #inputRank()} accepts.
   */
  List<Problem> checkInput(String layerName, Shape in);

  /** The output shape for {@code in}. */
  Shape outputShape(Shape in);

  /** The parameter tensors for {@code in}, in Keras's weight order. */
  List<TensorSpec> tensors(Shape in);

  /** Multiply-accumulates of one example's forward pass. */
  long macs(Shape in);

  /** The activation applied last ({@link ActivationFunction#LINEAR} for none). */
  default ActivationFunction activation() {
    return ActivationFunction.LINEAR;
  }

  /** Parameter counts, derived from {@link #tensors}. */
  default ParamCount params(Shape in) {
    long trainable = 0;
    long nonTrainable = 0;
    for (TensorSpec t : tensors(in)) {
      if (t.trainable()) {
        trainable += t.size();
      } else {
        nonTrainable += t.size();
      }
    }
    return new ParamCount(trainable, nonTrainable);
  }

  /**
   * A canonical one-line description of kind and attributes, e.g.
   * {@code Conv2D(filters=32, kernelSize=3x3, strides=1x1, padding=SAME, activation=SELU, useBias=true)};
   * part of the architecture fingerprint.
   */
  String describe();
}
