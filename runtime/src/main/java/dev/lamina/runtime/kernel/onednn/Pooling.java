package dev.lamina.runtime.kernel.onednn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WORKSPACE;

import dev.lamina.dsl.Padding;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Arrays;
import java.util.Objects;
import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.pooling_backward;
import org.bytedeco.dnnl.pooling_forward;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max or average pooling on oneDNN for {@code FLOAT} NHWC tensors. Max pooling's training pass keeps
 * the arg-max positions in a workspace of its own for the backward pass; average pooling with SAME
 * padding leaves padded cells out of the mean, as TensorFlow does.
 */
public final class Pooling {
  private static final int BATCH_SIZES_KEPT = 4;

  private final boolean max;
  private final Window2D window;
  private final SizeCache<Step> steps = new SizeCache<>(BATCH_SIZES_KEPT);

  private static final class Step {
    final memory src;
    final memory dst;
    final memory diffDst;
    final memory diffSrc;
    final pooling_forward inference;
    final pooling_forward training;
    final pooling_backward backward;
    final IntMemoryMap inferenceArgs = new IntMemoryMap();
    final IntMemoryMap trainingArgs = new IntMemoryMap();
    final IntMemoryMap backwardArgs = new IntMemoryMap();

    Step(boolean max, Window2D w, long[] xs, long[] ys) {
      memory.desc srcDesc = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3]);
      memory.desc dstDesc = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3]);
      algorithm alg = max ? algorithm.pooling_max : algorithm.pooling_avg_exclude_padding;
      long[] strides = {w.strideHeight(), w.strideWidth()};
      long[] kernel = {w.height(), w.width()};
      long[] padL = new long[2];
      long[] padR = new long[2];
      if (w.padding() == Padding.SAME) {
        long[] total = {Math.max((ys[1] - 1) * w.strideHeight() + w.height() - xs[1], 0),
            Math.max((ys[2] - 1) * w.strideWidth() + w.width() - xs[2], 0)};
        for (int i = 0; i < 2; i++) {
          padL[i] = total[i] / 2;
          padR[i] = total[i] - padL[i];
        }
      }
      // VALID pads nothing; the input rows and columns no window reaches are simply not read.
      src = Onednn.unbound(srcDesc);
      dst = Onednn.unbound(dstDesc);
      diffDst = Onednn.unbound(dstDesc);
      diffSrc = Onednn.unbound(srcDesc);
      pooling_forward.primitive_desc inferencePd = new pooling_forward.primitive_desc(new pooling_forward.desc(
          prop_kind.forward_inference, alg, srcDesc, dstDesc, strides, kernel, padL, padR), Onednn.engine());
      inference = new pooling_forward(inferencePd);
      inferenceArgs.put(DNNL_ARG_SRC, src);
      inferenceArgs.put(DNNL_ARG_DST, dst);
      pooling_forward.primitive_desc trainingPd = new pooling_forward.primitive_desc(new pooling_forward.desc(
          prop_kind.forward_training, alg, srcDesc, dstDesc, strides, kernel, padL, padR), Onednn.engine());
      training = new pooling_forward(trainingPd);
      trainingArgs.put(DNNL_ARG_SRC, src);
      trainingArgs.put(DNNL_ARG_DST, dst);
      backward = new pooling_backward(new pooling_backward.primitive_desc(
          new pooling_backward.desc(alg, srcDesc, dstDesc, strides, kernel, padL, padR), Onednn.engine(), trainingPd));
      backwardArgs.put(DNNL_ARG_DIFF_DST, diffDst);
      backwardArgs.put(DNNL_ARG_DIFF_SRC, diffSrc);
      if (max) {
        memory workspace = Onednn.owned(trainingPd.workspace_desc());
        trainingArgs.put(DNNL_ARG_WORKSPACE, workspace);
        backwardArgs.put(DNNL_ARG_WORKSPACE, workspace);
      }
    }
  }

  /**
   * @param max maximum (true) or mean (false)
   * @param window pool size, strides and padding (no dilation)
   */
  public Pooling(boolean max, Window2D window) {
    this.max = max;
    this.window = Objects.requireNonNull(window, "window");
  }

  /** Pools {@code x} into {@code y}; a training pass keeps what {@link #backward} needs. */
  public void forward(INDArray x, INDArray y, boolean training) {
    Step s = step(x, y);
    Onednn.bind(s.src, x);
    Onednn.bind(s.dst, y);
    if (training) {
      s.training.execute(Onednn.stream(), s.trainingArgs);
    } else {
      s.inference.execute(Onednn.stream(), s.inferenceArgs);
    }
    Onednn.stream()._wait();
  }

  /** The input gradient from the output gradient, after a training {@link #forward} of this batch. */
  public void backward(INDArray gradY, INDArray gradX) {
    Step s = step(gradX, gradY);
    Onednn.bind(s.diffDst, gradY);
    Onednn.bind(s.diffSrc, gradX);
    s.backward.execute(Onednn.stream(), s.backwardArgs);
    Onednn.stream()._wait();
  }

  private Step step(INDArray x, INDArray y) {
    long n = x.size(0);
    Step s = steps.find(n);
    if (s != null) {
      return s;
    }
    try {
      return steps.put(n, new Step(max, window, x.shape(), y.shape()));
    } catch (RuntimeException e) {
      throw new UnsupportedLayerException("oneDNN cannot pool " + window + " from " + Arrays.toString(x.shape())
          + " to " + Arrays.toString(y.shape()) + ": " + e, e);
    }
  }
}
