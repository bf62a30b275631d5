package dev.lamina.processor.model;

import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @BatchNorm} over the last axis: gamma and beta (trainable), moving mean and variance
 * (non-trainable), each {@code [channels]}.
 */
public record BatchNormSpec(double momentum, double epsilon, boolean center, boolean scale) implements LayerSpec {

  @Override
  public String kerasType() {
    return "BatchNormalization";
  }

  @Override
  public String annotation() {
    return "BatchNorm";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.ANY;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    if (!(momentum >= 0 && momentum < 1)) {
      out.add(Problem.at(Attr.MOMENTUM, Message.INVALID_VALUE, layer, "momentum", "in [0, 1)",
          "momentum = " + momentum, "Keras's default is momentum = 0.99."));
    }
    if (!(epsilon > 0 && Double.isFinite(epsilon))) {
      out.add(Problem.at(Attr.EPSILON, Message.INVALID_VALUE, layer, "epsilon", "positive and finite",
          "epsilon = " + epsilon, "Keras's default is epsilon = 1e-3."));
    }
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  @Override
  public Shape outputShape(Shape in) {
    return in;
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    int c = in.lastAxis();
    List<TensorSpec> t = new ArrayList<>(4);
    if (scale) {
      t.add(TensorSpec.trainable("gamma", Initializer.ONES, c));
    }
    if (center) {
      t.add(TensorSpec.trainable("beta", Initializer.ZEROS, c));
    }
    t.add(TensorSpec.state("moving_mean", Initializer.ZEROS, c));
    t.add(TensorSpec.state("moving_variance", Initializer.ONES, c));
    return t;
  }

  /** One multiply-add per value (the folded scale and shift). */
  @Override
  public long macs(Shape in) {
    return in.size();
  }

  @Override
  public String describe() {
    return "BatchNormalization(momentum=" + momentum + ", epsilon=" + epsilon + ", center=" + center
        + ", scale=" + scale + ")";
  }
}
