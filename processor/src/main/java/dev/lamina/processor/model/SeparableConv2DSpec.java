package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SeparableConv2D}: depthwise kernel {@code [kH, kW, c, m]}, pointwise kernel
 * {@code [1, 1, c*m, filters]}, bias {@code [filters]}.
 */
public record SeparableConv2DSpec(int filters, Window window, int depthMultiplier, ActivationFunction activation,
    boolean useBias, Initializer depthwiseInitializer, Initializer pointwiseInitializer,
    Initializer biasInitializer) implements LayerSpec {

  @Override
  public String kerasType() {
    return "SeparableConv2D";
  }

  @Override
  public String annotation() {
    return "SeparableConv2D";
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
    Checks.positive(out, layer, Attr.DEPTH_MULTIPLIER, depthMultiplier);
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
    int c = in.lastAxis();
    List<TensorSpec> t = new ArrayList<>(3);
    t.add(TensorSpec.trainable("depthwise_kernel", depthwiseInitializer,
        window.size().height(), window.size().width(), c, depthMultiplier));
    t.add(TensorSpec.trainable("pointwise_kernel", pointwiseInitializer, 1, 1, Math.multiplyExact(c, depthMultiplier),
        filters));
    if (useBias) {
      t.add(TensorSpec.trainable("bias", biasInitializer, filters));
    }
    return t;
  }

  @Override
  public long macs(Shape in) {
    Shape.Spatial out = (Shape.Spatial) outputShape(in);
    long positions = (long) out.height() * out.width();
    long cm = (long) in.lastAxis() * depthMultiplier;
    long perPosition = Math.addExact(Math.multiplyExact((long) window.size().height() * window.size().width(), cm),
        Math.multiplyExact(cm, filters));
    return Math.multiplyExact(positions, perPosition);
  }

  @Override
  public String describe() {
    return "SeparableConv2D(filters=" + filters + ", kernelSize=" + window.size().describe() + ", strides="
        + window.strides().describe() + ", dilationRate=" + window.dilation().describe() + ", padding="
        + window.padding() + ", depthMultiplier=" + depthMultiplier + ", activation=" + activation
        + ", useBias=" + useBias + ")";
  }
}
