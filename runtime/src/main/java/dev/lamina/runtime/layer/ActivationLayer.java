package dev.lamina.runtime.layer;

import dev.lamina.runtime.param.Parameter;
import java.util.List;

/** A standalone {@code @Activation} layer's handle. No parameters. */
public final class ActivationLayer implements Layer {
  private final LayerInfo info;

  /**
   * @param name the layer's name
   * @param type the layer's kind as Keras names it
   * @param outputShape one example's output shape
   */
  public ActivationLayer(String name, String type, int[] outputShape) {
    this.info = new LayerInfo(name, type, outputShape);
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
