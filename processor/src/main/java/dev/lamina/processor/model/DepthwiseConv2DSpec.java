package dev.lamina.processor.model;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/** {@code @DepthwiseConv2D}: depthwise kernel {@code [kH, kW, c, m]}, bias {@code [c*m]}. */
public record DepthwiseConv2DSpec(Window window, int depthMultiplier, ActivationFunction activation,
    boolean useBias, Initializer depthwiseInitializer, Initializer biasInitializer) implements LayerSpec {

  @Override
  public String kerasType() {
    return "DepthwiseConv2D";
  }

  @Override
  public String annotation() {
    return "DepthwiseConv2D";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
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
    return window.output((Shape.Spatial) in, Math.multiplyExact(in.lastAxis(), depthMultiplier));
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    int c = in.lastAxis();
    List<TensorSpec> t = new ArrayList<>(2);
    t.add(TensorSpec.trainable("depthwise_kernel", depthwiseInitializer,
        window.size().height(), window.size().width(), c, depthMultiplier));
    if (useBias) {
      t.add(TensorSpec.trainable("bias", biasInitializer, Math.multiplyExact(c, depthMultiplier)));
    }
    return t;
  }

  @Override
  public long macs(Shape in) {
    return Math.multiplyExact(outputShape(in).size(), (long) window.size().height() * window.size().width());
  }

  @Override
  public String describe() {
    return "DepthwiseConv2D(kernelSize=" + window.size().describe() + ", strides=" + window.strides().describe()
        + ", dilationRate=" + window.dilation().describe() + ", padding=" + window.padding()
        + ", depthMultiplier=" + depthMultiplier + ", activation=" + activation + ", useBias=" + useBias + ")";
  }
}
