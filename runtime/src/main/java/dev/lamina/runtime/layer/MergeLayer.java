package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.ConcatenateConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.MergeConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.List;

/**
 * The handle of a layer that merges two or more inputs: {@code @Add}, {@code @Subtract},
 * {@code @Multiply}, {@code @Average}, {@code @Maximum} or {@code @Concatenate}. No parameters.
 */
public final class MergeLayer implements Layer {
  private final LayerInfo info;
  private final LayerConfig config;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order, at least 2
   * @param outputShape one example's output shape
   * @param config what the layer was declared with: a {@link MergeConfig} or a {@link ConcatenateConfig}
   * @throws IllegalArgumentException for another kind of configuration or fewer than 2 inputs
   */
  public MergeLayer(String name, List<String> inputs, int[] outputShape, LayerConfig config) {
    if (!(config instanceof MergeConfig || config instanceof ConcatenateConfig)) {
      throw new IllegalArgumentException("a merge layer's config is a MergeConfig or a ConcatenateConfig, got " + config);
    }
    if (inputs.size() < 2) {
      throw new IllegalArgumentException(name + ": a " + config.kerasType() + " layer reads at least 2 layers, got "
          + inputs);
    }
    this.config = config;
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
  }

  /** What the layer was declared with: a {@link MergeConfig} or a {@link ConcatenateConfig}. */
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
