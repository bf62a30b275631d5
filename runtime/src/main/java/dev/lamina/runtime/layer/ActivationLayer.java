package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.List;
import java.util.Objects;

/** A standalone {@code @Activation} layer's handle. No parameters. */
public final class ActivationLayer implements Layer {
  private final LayerInfo info;
  private final ActivationConfig config;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   */
  public ActivationLayer(String name, List<String> inputs, int[] outputShape, ActivationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
  }

  /** What the layer was declared with. */
  @Override
  public ActivationConfig config() {
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
