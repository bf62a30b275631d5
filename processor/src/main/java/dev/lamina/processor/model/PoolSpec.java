package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/** {@code @MaxPool} and {@code @AvgPool}: a window per channel, no parameters. */
public record PoolSpec(PoolKind kind, Window window) implements LayerSpec {

  @Override
  public String kerasType() {
    return kind.kerasType();
  }

  @Override
  public String annotation() {
    return kind.annotation();
  }

  @Override
  public InputRank inputRank() {
    return InputRank.SPATIAL;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    Checks.window(out, layer, Attr.POOL_SIZE, window);
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    List<Problem> out = new ArrayList<>();
    Checks.fits(out, layer, annotation(), Attr.POOL_SIZE, window, (Shape.Spatial) in);
    return out;
  }

  @Override
  public Shape outputShape(Shape in) {
    return window.output((Shape.Spatial) in, in.lastAxis());
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    return List.of();
  }

  /** Pooling multiplies nothing; Keras and torchinfo count no MACs for it. */
  @Override
  public long macs(Shape in) {
    return 0;
  }

  @Override
  public String describe() {
    return kerasType() + "(poolSize=" + window.size().describe() + ", strides=" + window.strides().describe()
        + ", padding=" + window.padding() + ")";
  }
}
