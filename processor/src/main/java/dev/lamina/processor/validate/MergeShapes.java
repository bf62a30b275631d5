package dev.lamina.processor.validate;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.ConcatenateSpec;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.NetworkGraph;
import dev.lamina.processor.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a merge layer's inputs agree ({@code [LaminaMergeShapes]}). The error names every input with
 * the chain of sizes that led to it from the network input along its branch, e.g.
 * {@code enc2: 30 -> 15 -> 7 (7x7x64)} against {@code up2: 30 -> 15 -> 7 -> 3 -> 6 (6x6x64)}, and the fix
 * that applies: crop or pad the spatial sizes (or {@code padding = SAME}, or an input size divisible by
 * 2^depth), project the channels with a 1x1 convolution, or, for flat inputs, match the features.
 */
final class MergeShapes {
  private MergeShapes() {}

  /** The mismatch of {@code decl}'s {@code inputs} (all with known shapes), or null when they agree. */
  static Problem check(LayerDecl decl, List<Integer> inputs, Shape.Spatial input, LayerNode[] built) {
    LayerSpec spec = decl.spec();
    Shape first = shape(inputs.get(0), input, built);
    int bad = -1;
    for (int k = 1; k < inputs.size() && bad < 0; k++) {
      if (!spec.agree(first, shape(inputs.get(k), input, built))) {
        bad = k;
      }
    }
    if (bad < 0) {
      return null;
    }
    List<String> chains = new ArrayList<>();
    for (int in : inputs) {
      chains.add(chain(in, input, built));
    }
    String requirement = spec instanceof ConcatenateSpec ? "one height and width (they are joined along channels)"
        : "one shape";
    String fix = fix(name(inputs.get(0), built), first, name(inputs.get(bad), built),
        shape(inputs.get(bad), input, built));
    return Problem.at(Attr.ANNOTATION, Message.MERGE_SHAPES, decl.name(), spec.annotation(), requirement,
        String.join(" against ", chains), fix);
  }

  /** The fix for inputs {@code a} and {@code b} that disagree. */
  private static String fix(String aName, Shape a, String bName, Shape b) {
    if (a instanceof Shape.Spatial s && b instanceof Shape.Spatial t) {
      if (s.height() == t.height() && s.width() == t.width()) {
        int channels = s.channels();
        return "Project " + bName + " to " + channels + " channels with a 1x1 @Conv2D(filters = " + channels
            + ") on its branch, as ResNet's projection shortcut does.";
      }
      boolean aLarger = (long) s.height() * s.width() > (long) t.height() * t.width();
      String larger = aLarger ? aName : bName;
      String smaller = aLarger ? bName : aName;
      int dh = Math.abs(s.height() - t.height());
      int dw = Math.abs(s.width() - t.width());
      return "Crop " + larger + " by " + dh + "x" + dw + " with @Cropping2D, or pad " + smaller + " by " + dh + "x"
          + dw + " with @ZeroPadding2D; or use padding = SAME where a VALID layer shrank a branch, or a network "
          + "input whose height and width divide by 2^depth (the number of halvings).";
    }
    if (a instanceof Shape.Flat f && b instanceof Shape.Flat g) {
      return "Give " + bName + " " + f.features() + " features, as " + aName + " has (e.g. @Dense(units = "
          + f.features() + ") on its branch).";
    }
    return "Merge inputs of one rank: both [height, width, channels] or both flat.";
  }

  private static Shape shape(int node, Shape.Spatial input, LayerNode[] built) {
    return node == NetworkGraph.NETWORK_INPUT ? input : built[node].output();
  }

  private static String name(int node, LayerNode[] built) {
    return node == NetworkGraph.NETWORK_INPUT ? "input" : built[node].name();
  }

  /**
   * {@code name: 28 -> 14 -> 7 (7x7x64)}: the heights (the features, once flat) along the branch
   * from the network input, following each node's first input, each change once.
   */
  static String chain(int node, Shape.Spatial input, LayerNode[] built) {
    List<Integer> sizes = new ArrayList<>();
    for (int n = node; n != NetworkGraph.NETWORK_INPUT; n = built[n].inputs().get(0)) {
      sizes.add(size(built[n].output()));
    }
    sizes.add(input.height());
    Collections.reverse(sizes);
    StringBuilder sb = new StringBuilder(name(node, built)).append(": ");
    int last = -1;
    for (int k = 0; k < sizes.size(); k++) {
      if (k == 0 || sizes.get(k) != last) {
        sb.append(k == 0 ? "" : " -> ").append(sizes.get(k));
        last = sizes.get(k);
      }
    }
    return sb.append(" (").append(shape(node, input, built).describe()).append(')').toString();
  }

  private static int size(Shape s) {
    return s instanceof Shape.Spatial sp ? sp.height() : ((Shape.Flat) s).features();
  }
}
