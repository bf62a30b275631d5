package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.ConcatenateConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.MergeConfig;
import java.util.List;

/**
 * The handle of a layer that merges two or more inputs: {@code @Add}, {@code @Subtract},
 * {@code @Multiply}, {@code @Average}, {@code @Maximum} or {@code @Concatenate}. No parameters.
 */
public final class MergeLayer extends ParameterlessLayer<LayerConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order, at least 2
   * @param outputShape one example's output shape
   * @param config what the layer was declared with: a {@link MergeConfig} or a {@link ConcatenateConfig}
   * @throws IllegalArgumentException for another kind of configuration or fewer than 2 inputs
   */
  public MergeLayer(String name, List<String> inputs, int[] outputShape, LayerConfig config) {
    super(name, inputs, outputShape, checked(name, inputs, config));
  }

  private static LayerConfig checked(String name, List<String> inputs, LayerConfig config) {
    if (!(config instanceof MergeConfig || config instanceof ConcatenateConfig)) {
      throw new IllegalArgumentException("a merge layer's config is a MergeConfig or a ConcatenateConfig, got " + config);
    }
    if (inputs.size() < 2) {
      throw new IllegalArgumentException(name + ": a " + config.kerasType() + " layer reads at least 2 layers, got "
          + inputs);
    }
    return config;
  }
}
