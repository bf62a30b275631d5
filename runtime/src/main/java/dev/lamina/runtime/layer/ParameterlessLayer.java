package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.List;
import java.util.Objects;

/**
 * What the handles of layers without parameters share ({@code @Flatten}, {@code @Dropout},
 * {@code @Activation}, pooling, the merge layers, up-sampling, padding and cropping): a name, the layers read,
 * an output shape and the declared configuration.
 *
 * @param <C> the configuration's type
 */
abstract sealed class ParameterlessLayer<C extends LayerConfig> implements Layer
    permits FlattenLayer, DropoutLayer, ActivationLayer, PoolingLayer, MergeLayer, ReshapingLayer {
  private final LayerInfo info;
  private final C config;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   * @throws NullPointerException when {@code config} is null
   */
  ParameterlessLayer(String name, List<String> inputs, int[] outputShape, C config) {
    this.config = Objects.requireNonNull(config, "config");
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
  }

  /** What the layer was declared with. */
  @Override
  public C config() {
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

  /** None. */
  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
