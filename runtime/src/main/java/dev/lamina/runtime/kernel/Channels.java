package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/** In-place broadcasts of a per-channel vector along the last axis of an NHWC or {@code [batch, features]} tensor. */
final class Channels {
  private Channels() {}

  /** {@code x[..., c] += v[c]}. */
  static void add(INDArray x, INDArray v) {
    Nd4j.getExecutioner().exec(new BroadcastAddOp(x, v, x, x.rank() - 1));
  }

  /** {@code x[..., c] *= v[c]}. */
  static void mul(INDArray x, INDArray v) {
    Nd4j.getExecutioner().exec(new BroadcastMulOp(x, v, x, x.rank() - 1));
  }

  /** {@code out[..., c] = x[..., c] * v[c]}. */
  static void mul(INDArray x, INDArray v, INDArray out) {
    Nd4j.getExecutioner().exec(new BroadcastMulOp(x, v, out, x.rank() - 1));
  }

  /** The axes a per-channel reduction runs over: every axis but the last. */
  static int[] reductionAxes(INDArray x) {
    int[] axes = new int[x.rank() - 1];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return axes;
  }
}
