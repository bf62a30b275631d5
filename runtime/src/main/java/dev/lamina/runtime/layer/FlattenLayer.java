package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.FlattenConfig;
import java.util.List;

/** A {@code @Flatten} layer's handle. No parameters. */
public final class FlattenLayer extends ParameterlessLayer<FlattenConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   */
  public FlattenLayer(String name, List<String> inputs, int[] outputShape, FlattenConfig config) {
    super(name, inputs, outputShape, config);
  }
}
