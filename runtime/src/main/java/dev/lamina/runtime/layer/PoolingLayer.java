package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import java.util.List;

/**
 * The handle of a pooling layer: {@code @MaxPool}, {@code @AvgPool}, {@code @GlobalMaxPool} or
 * {@code @GlobalAvgPool}. No parameters.
 */
public final class PoolingLayer extends ParameterlessLayer<LayerConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with: a {@link PoolingConfig} or a
   *     {@link GlobalPoolingConfig}
   * @throws IllegalArgumentException for another kind of configuration
   */
  public PoolingLayer(String name, List<String> inputs, int[] outputShape, LayerConfig config) {
    super(name, inputs, outputShape, checked(config));
  }

  private static LayerConfig checked(LayerConfig config) {
    if (!(config instanceof PoolingConfig || config instanceof GlobalPoolingConfig)) {
      throw new IllegalArgumentException(
          "a pooling layer's config is a PoolingConfig or a GlobalPoolingConfig, got " + config);
    }
    return config;
  }
}
