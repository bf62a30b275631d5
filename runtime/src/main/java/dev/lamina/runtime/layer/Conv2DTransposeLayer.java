package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@code @Conv2DTranspose} layer's handle: its kernel and bias. */
public final class Conv2DTransposeLayer implements Layer {
  private final LayerInfo info;
  private final Conv2DTransposeConfig config;
  private final Parameter kernel;
  private final Parameter bias;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   * @param kernel the kernel tensor
   * @param bias the bias tensor, or null without a bias
   */
  public Conv2DTransposeLayer(String name, List<String> inputs, int[] outputShape, Conv2DTransposeConfig config,
      Parameter kernel, Parameter bias) {
    this.config = Objects.requireNonNull(config, "config");
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
    this.kernel = Objects.requireNonNull(kernel, "kernel");
    this.bias = bias;
  }

  /** The kernel in Keras's layout, {@code [kH, kW, filters, inChannels]}. */
  public INDArray kernel() {
    return kernel.value();
  }

  /** The bias, {@code [filters]}, or empty when the layer has no bias. */
  public Optional<INDArray> bias() {
    return Optional.ofNullable(bias).map(Parameter::value);
  }

  /** What the layer was declared with. */
  @Override
  public Conv2DTransposeConfig config() {
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
    List<Parameter> params = new ArrayList<>(2);
    params.add(kernel);
    if (bias != null) {
      params.add(bias);
    }
    return List.copyOf(params);
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
