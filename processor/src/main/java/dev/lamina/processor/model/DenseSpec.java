package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/** {@code @Dense}: kernel {@code [features, units]}, bias {@code [units]}. */
public record DenseSpec(int units, ActivationFunction activation, boolean useBias, Initializer kernelInitializer,
    Initializer biasInitializer) implements LayerSpec {

  @Override
  public String kerasType() {
    return "Dense";
  }

  @Override
  public String annotation() {
    return "Dense";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.FLAT;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    Checks.positive(out, layer, Attr.UNITS, units);
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  @Override
  public Shape outputShape(Shape in) {
    return new Shape.Flat(units);
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    List<TensorSpec> t = new ArrayList<>(2);
    t.add(TensorSpec.trainable("kernel", kernelInitializer, in.lastAxis(), units));
    if (useBias) {
      t.add(TensorSpec.trainable("bias", biasInitializer, units));
    }
    return t;
  }

  @Override
  public long macs(Shape in) {
    return (long) in.lastAxis() * units;
  }

  @Override
  public String describe() {
    return "Dense(units=" + units + ", activation=" + activation + ", useBias=" + useBias + ")";
  }
}
