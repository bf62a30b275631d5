package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.ActivationConfig;
import java.util.List;

/** A standalone {@code @Activation} layer's handle. No parameters. */
public final class ActivationLayer extends ParameterlessLayer<ActivationConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   */
  public ActivationLayer(String name, List<String> inputs, int[] outputShape, ActivationConfig config) {
    super(name, inputs, outputShape, config);
  }
}
