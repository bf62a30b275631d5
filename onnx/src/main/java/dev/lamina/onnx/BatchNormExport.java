package dev.lamina.onnx;

import dev.lamina.runtime.layer.BatchNormLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.BatchNormConfig;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code BatchNormalization} in inference form, over the channel axis: {@code gamma * (x - movingMean) /
 * sqrt(movingVariance + epsilon) + beta}, with a gamma of ones or a beta of zeros where the layer has no
 * scale or no center.
 */
final class BatchNormExport implements LayerExport {
  @Override
  public GraphTensor export(Layer layer, List<GraphTensor> inputs, GraphBuilder graph) {
    BatchNormLayer norm = (BatchNormLayer) layer;
    BatchNormConfig config = norm.config();
    GraphTensor x = inputs.get(0);
    long c = norm.movingMean().length();
    String name = layer.name();
    String gamma = graph.initializer(name + "/gamma", norm.gamma().orElseGet(() -> Nd4j.ones(c)), c);
    String beta = graph.initializer(name + "/beta", norm.beta().orElseGet(() -> Nd4j.zeros(c)), c);
    String mean = graph.initializer(name + "/moving_mean", norm.movingMean(), c);
    String variance = graph.initializer(name + "/moving_variance", norm.movingVariance(), c);
    String y = graph.node("BatchNormalization", name, List.of(x.name(), gamma, beta, mean, variance),
        GraphBuilder.real("epsilon", config.epsilon()));
    return new GraphTensor(y, x.layout(), layer.outputShape());
  }
}
