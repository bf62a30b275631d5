package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/** {@code @Conv2D}: kernel {@code [kH, kW, c, filters]}, bias {@code [filters]}. */
public record Conv2DSpec(int filters, Window window, ActivationFunction activation, boolean useBias,
    Initializer kernelInitializer, Initializer biasInitializer) implements LayerSpec {

  @Override
  public String kerasType() {
    return "Conv2D";
  }

  @Override
  public String annotation() {
    return "Conv2D";
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
    List<Problem> out = new ArrayList<>();
    if (Checks.dilation(out, layer, annotation(), window, (Shape.Spatial) in)) {
      Checks.fits(out, layer, annotation(), Attr.KERNEL_SIZE, window, (Shape.Spatial) in);
    }
    return out;
  }

  @Override
  public Shape outputShape(Shape in) {
    return window.output((Shape.Spatial) in, filters);
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    List<TensorSpec> t = new ArrayList<>(2);
    t.add(TensorSpec.trainable("kernel", kernelInitializer,
        window.size().height(), window.size().width(), in.lastAxis(), filters));
    if (useBias) {
      t.add(TensorSpec.trainable("bias", biasInitializer, filters));
    }
    return t;
  }

  @Override
  public long macs(Shape in) {
    Shape out = outputShape(in);
    return Math.multiplyExact(out.size(), Math.multiplyExact((long) window.size().height() * window.size().width(),
        in.lastAxis()));
  }

  @Override
  public String describe() {
    return "Conv2D(filters=" + filters + ", kernelSize=" + window.size().describe() + ", strides="
        + window.strides().describe() + ", dilationRate=" + window.dilation().describe() + ", padding="
        + window.padding() + ", activation=" + activation + ", useBias=" + useBias + ")";
  }
}
