package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.List;

/**
 * The handle of one layer of a generated network, returned by the interface method that declares
 * it. Every layer kind's handle is a {@code Layer}; the kinds with parameters have a handle type
 * that exposes them ({@link Conv2DLayer#kernel()}, {@link DenseLayer#bias()}, ...).
 */
public sealed interface Layer
    permits Conv2DLayer, SeparableConv2DLayer, DepthwiseConv2DLayer, Conv2DTransposeLayer, DenseLayer,
        BatchNormLayer, ParameterlessLayer {

  /** The layer's name: the declaring method's name. */
  String name();

  /** The layer's kind as Keras names it: {@code Conv2D}, {@code MaxPooling2D}, {@code Dense}, ... */
  String type();

  /**
   * The names of the layers whose outputs this layer reads, in order; empty when it reads the
   * network's input.
   */
  List<String> inputs();

  /** What the layer was declared with (Keras: {@code get_config()}). */
  LayerConfig config();

  /** The output shape of one example, without the batch dimension. */
  int[] outputShape();

  /** The layer's parameter tensors (empty for layers without parameters). */
  List<Parameter> parameters();
}
