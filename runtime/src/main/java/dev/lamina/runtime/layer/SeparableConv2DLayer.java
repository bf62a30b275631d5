package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@code @SeparableConv2D} layer's handle: its depthwise and pointwise kernels and its bias. */
public final class SeparableConv2DLayer implements Layer {
  private final LayerInfo info;
  private final SeparableConv2DConfig config;
  private final Parameter depthwiseKernel;
  private final Parameter pointwiseKernel;
  private final Parameter bias;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   * @param depthwiseKernel {@code [kH, kW, inChannels, depthMultiplier]}
   * @param pointwiseKernel {@code [1, 1, inChannels * depthMultiplier, filters]}
   * @param bias {@code [filters]}, or null without a bias
   */
  public SeparableConv2DLayer(String name, List<String> inputs, int[] outputShape, SeparableConv2DConfig config,
      Parameter depthwiseKernel, Parameter pointwiseKernel, Parameter bias) {
    this.config = Objects.requireNonNull(config, "config");
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
    this.depthwiseKernel = Objects.requireNonNull(depthwiseKernel, "depthwiseKernel");
    this.pointwiseKernel = Objects.requireNonNull(pointwiseKernel, "pointwiseKernel");
    this.bias = bias;
  }

  /** The depthwise kernel, {@code [kH, kW, inChannels, depthMultiplier]}. */
  public INDArray depthwiseKernel() {
    return depthwiseKernel.value();
  }

  /** The pointwise kernel, {@code [1, 1, inChannels * depthMultiplier, filters]}. */
  public INDArray pointwiseKernel() {
    return pointwiseKernel.value();
  }

  /** The bias, {@code [filters]}, or empty when the layer has no bias. */
  public Optional<INDArray> bias() {
    return Optional.ofNullable(bias).map(Parameter::value);
  }

  /** What the layer was declared with. */
  @Override
  public SeparableConv2DConfig config() {
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
    List<Parameter> params = new ArrayList<>(3);
    params.add(depthwiseKernel);
    params.add(pointwiseKernel);
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
