package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Conv2DTranspose}: kernel {@code [kH, kW, filters, c]} (Keras's layout), bias
 * {@code [filters]}; output size per {@link ConvArithmetic#transposeOutputLength}.
 */
public record Conv2DTransposeSpec(int filters, Window window, ActivationFunction activation, boolean useBias,
    Initializer kernelInitializer, Initializer biasInitializer) implements LayerSpec {

  @Override
  public String kerasType() {
    return "Conv2DTranspose";
  }

  @Override
  public String annotation() {
    return "Conv2DTranspose";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    Checks.positive(out, layer, Attr.FILTERS, filters);
    Checks.window(out, layer, Attr.KERNEL_SIZE, window);
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  @Override
  public Shape outputShape(Shape in) {
    Shape.Spatial s = (Shape.Spatial) in;
    return new Shape.Spatial(
        ConvArithmetic.transposeOutputLength(s.height(), window.size().height(), window.strides().height(),
            window.padding()),
        ConvArithmetic.transposeOutputLength(s.width(), window.size().width(), window.strides().width(),
            window.padding()),
        filters);
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    List<TensorSpec> t = new ArrayList<>(2);
    t.add(TensorSpec.trainable("kernel", kernelInitializer,
        window.size().height(), window.size().width(), filters, in.lastAxis()));
    if (useBias) {
      t.add(TensorSpec.trainable("bias", biasInitializer, filters));
    }
    return t;
  }

  @Override
  public long macs(Shape in) {
    return Math.multiplyExact(in.size(), Math.multiplyExact((long) window.size().height() * window.size().width(),
        filters));
  }

  @Override
  public String describe() {
    return "Conv2DTranspose(filters=" + filters + ", kernelSize=" + window.size().describe() + ", strides="
        + window.strides().describe() + ", padding=" + window.padding() + ", activation=" + activation
        + ", useBias=" + useBias + ")";
  }
}
