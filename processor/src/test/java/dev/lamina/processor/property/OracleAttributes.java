package dev.lamina.processor.property;

import dev.lamina.dsl.Padding;
import dev.lamina.processor.property.RandomLayer.Kind;

/**
 * The oracle's reading of a {@link RandomLayer}'s attributes: Keras's defaults for what was left
 * out, and how many attribute errors the layer must get.
 */
final class OracleAttributes {
  private OracleAttributes() {}

  /** kernelSize or poolSize as {height, width}: a pool's default is 2; a 3-value kernel reads as 1x1. */
  static int[] size(RandomLayer l) {
    if (l.kernel() == null) {
      return new int[] {2, 2};
    }
    return l.kernel().length == 3 ? new int[] {1, 1} : pair(l.kernel());
  }

  /** strides as {height, width}: 1, or for a pool its (valid) pool size, when left out. */
  static int[] strides(RandomLayer l) {
    if (l.strides() != null) {
      return pair(l.strides());
    }
    int[] size = size(l);
    return l.kind().isPool() && size[0] > 0 && size[1] > 0 ? size : new int[] {1, 1};
  }

  /** dilationRate as {height, width}: 1 when left out or when the kind has none. */
  static int[] dilation(RandomLayer l) {
    return l.dilation() == null || !l.kind().hasDilation() ? new int[] {1, 1} : pair(l.dilation());
  }

  static int[] pair(int[] written) {
    return written.length == 1 ? new int[] {written[0], written[0]} : written;
  }

  static Padding padding(RandomLayer l) {
    return l.padding() == null ? Padding.VALID : l.padding();
  }

  static int depthMultiplier(RandomLayer l) {
    return l.depthMultiplier() == null ? 1 : l.depthMultiplier();
  }

  /** Errors of a pair: one for the whole value when both are equal, else one per non-positive element. */
  static int pairErrors(int[] p) {
    if (p[0] == p[1]) {
      return p[0] <= 0 ? 1 : 0;
    }
    return (p[0] <= 0 ? 1 : 0) + (p[1] <= 0 ? 1 : 0);
  }

  static int dilationStrides(RandomLayer l) {
    if (!(l.kind().isConvolution() || l.kind().isPool())) {
      return 0;
    }
    int[] d = dilation(l);
    int[] s = strides(l);
    return (d[0] > 1 || d[1] > 1) && (s[0] > 1 || s[1] > 1) ? 1 : 0;
  }

  /** How many attribute errors the layer has; the first {@link #dilationStrides} of them are that message. */
  static int attributeErrors(RandomLayer l) {
    Kind k = l.kind();
    int n = dilationStrides(l);
    if ((k.hasFilters() || k == Kind.DENSE) && l.count() <= 0) {
      n++;
    }
    if (k.isConvolution() || k.isPool()) {
      n += pairErrors(size(l)) + pairErrors(strides(l)) + pairErrors(dilation(l));
    }
    if (k.hasDepthMultiplier() && depthMultiplier(l) <= 0) {
      n++;
    }
    if (k == Kind.DROPOUT && !(l.rate() >= 0 && l.rate() < 1)) {
      n++;
    }
    if (k == Kind.BATCH_NORM) {
      double momentum = l.momentum() == null ? 0.99 : l.momentum();
      double epsilon = l.epsilon() == null ? 1e-3 : l.epsilon();
      n += (momentum >= 0 && momentum < 1 ? 0 : 1) + (epsilon > 0 ? 0 : 1);
    }
    return n;
  }
}
