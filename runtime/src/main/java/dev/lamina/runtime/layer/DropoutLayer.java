package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.DropoutConfig;
import java.util.List;

/** A {@code @Dropout} layer's handle. No parameters. */
public final class DropoutLayer extends ParameterlessLayer<DropoutConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   */
  public DropoutLayer(String name, List<String> inputs, int[] outputShape, DropoutConfig config) {
    super(name, inputs, outputShape, config);
  }
}
