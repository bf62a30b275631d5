package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.BatchNormConfig;
import dev.lamina.runtime.param.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@code @BatchNorm} layer's handle: gamma and beta (trainable, each {@code [channels]}, absent
 * when the annotation turns scale or center off) and the moving mean and variance (non-trainable).
 */
public final class BatchNormLayer implements Layer {
  private final LayerInfo info;
  private final BatchNormConfig config;
  private final Parameter gamma;
  private final Parameter beta;
  private final Parameter movingMean;
  private final Parameter movingVariance;

  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with
   * @param gamma the scale, or null when {@code scale = false}
   * @param beta the offset, or null when {@code center = false}
   * @param movingMean the moving mean
   * @param movingVariance the moving variance
   */
  public BatchNormLayer(String name, List<String> inputs, int[] outputShape, BatchNormConfig config,
      Parameter gamma, Parameter beta, Parameter movingMean, Parameter movingVariance) {
    this.config = Objects.requireNonNull(config, "config");
    this.info = new LayerInfo(name, config.kerasType(), inputs, outputShape);
    this.gamma = gamma;
    this.beta = beta;
    this.movingMean = Objects.requireNonNull(movingMean, "movingMean");
    this.movingVariance = Objects.requireNonNull(movingVariance, "movingVariance");
  }

  /** The learned scale, {@code [channels]}, or empty when scaling is off. */
  public Optional<INDArray> gamma() {
    return Optional.ofNullable(gamma).map(Parameter::value);
  }

  /** The learned offset, {@code [channels]}, or empty when centering is off. */
  public Optional<INDArray> beta() {
    return Optional.ofNullable(beta).map(Parameter::value);
  }

  /** The moving mean used at inference, {@code [channels]}. */
  public INDArray movingMean() {
    return movingMean.value();
  }

  /** The moving variance used at inference, {@code [channels]}. */
  public INDArray movingVariance() {
    return movingVariance.value();
  }

  /** What the layer was declared with. */
  @Override
  public BatchNormConfig config() {
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
    List<Parameter> params = new ArrayList<>(4);
    if (gamma != null) {
      params.add(gamma);
    }
    if (beta != null) {
      params.add(beta);
    }
    params.add(movingMean);
    params.add(movingVariance);
    return List.copyOf(params);
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
