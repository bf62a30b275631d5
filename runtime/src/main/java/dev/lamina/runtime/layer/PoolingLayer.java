package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.List;

/**
 * The handle of a pooling layer: {@code @MaxPool}, {@code @AvgPool}, {@code @GlobalMaxPool} or
 * {@code @GlobalAvgPool}. No parameters.
 */
public final class PoolingLayer implements Layer {
  private final LayerInfo info;
  private final LayerConfig config;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with: a {@link PoolingConfig} or a
   *     {@link GlobalPoolingConfig}
   * @throws IllegalArgumentException for another kind of configuration
   */
  public PoolingLayer(String name, List<String> inputs, int[] outputShape, LayerConfig config) {
    if (!(config instanceof PoolingConfig || config instanceof GlobalPoolingConfig)) {
      throw new IllegalArgumentException(
          "a pooling layer's config is a PoolingConfig or a GlobalPoolingConfig, got " + config);
    }
    this.config = config;
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
  }

  /** What the layer was declared with: a {@link PoolingConfig} or a {@link GlobalPoolingConfig}. */
  @Override
  public LayerConfig config() {
    return config;
  }

  @Override
  public List<String> inputs() {
    return info.inputs();
  }

  @Override
  public String name() {
    return info.name();
  }

  @Override
  public String type() {
    return info.type();
  }

  @Override
  public int[] outputShape() {
    return info.outputShape();
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
