package dev.lamina.runtime.kernel.onednn;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Objects;
import org.bytedeco.dnnl.memory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer with weights and its activation on oneDNN, for {@code FLOAT} tensors: a convolution,
 * depthwise convolution, transposed convolution or dense layer whose forward pass writes the
 * activated output in one primitive (bias and activation as post-ops), and whose backward pass takes
 * the activation's derivative with one eltwise primitive before the weight and input gradients.
 * Primitives are created on the first call with a batch size, from the shapes of that call's arrays,
 * and reused afterwards.
 *
 * <p>The pre-activation buffer {@code z} is written only when the activation's derivative needs it:
 * for softplus and swish it holds the pre-activation values, for SELU the values {@code elu(z)} before
 * SELU's scale; for the other activations it is not touched.
 */
public final class FusedLayer {
  /** Which layer kind, with its Keras kernel layout. */
  public enum Kind {
    /** {@code Conv2D}: kernel {@code [kH, kW, in, filters]}. */
    CONVOLUTION,
    /** {@code DepthwiseConv2D}: kernel {@code [kH, kW, channels, depthMultiplier]}. */
    DEPTHWISE,
    /** {@code Conv2DTranspose}: kernel {@code [kH, kW, filters, in]}. */
    TRANSPOSED,
    /** {@code Dense}: kernel {@code [in, units]} on {@code [n, in]} rows. */
    DENSE
  }

  private static final int BATCH_SIZES_KEPT = 4;

  /**
   * In bf16, a layer with fewer multiply-accumulates than this per output value runs fp32: it is
   * memory-bound (a 3x3 convolution of one input channel, a depthwise convolution up to 5x5), and
   * rounding its input and output gradient to bf16 moves more bytes than bf16 saves in arithmetic.
   */
  static final long BF16_MIN_MACS_PER_OUTPUT = 32;

  private final Kind kind;
  private final Window2D window;
  private final boolean useBias;
  private final ActivationPlan plan;
  private final boolean constantWeights;
  /** Whether the products run in bf16 (mixed precision); cleared when oneDNN cannot for this layer. */
  private boolean bf16;
  private final SizeCache<Step> steps = new SizeCache<>(BATCH_SIZES_KEPT);

  private record Step(WeightedPrimitives primitives, ActivationPrimitives activation) {}

  /**
   * @param kind the layer kind
   * @param window the window (null for DENSE); a convolution's kernel may be longer than the window,
   *     its kernel zero-padded at the bottom and right to its stride, which then runs with the bottom
   *     and right padding grown by the added taps (same output size and positions)
   * @param useBias whether a bias is added
   * @param activation the activation fused in (not SOFTMAX)
   * @param constantWeights whether the weights never change after the first inference pass, so that the
   *     inference primitives reorder them once per batch size instead of on every pass
   *     ({@link dev.lamina.runtime.kernel.ConstantWeights})
   * @param bf16 whether to run in mixed precision: the input, the weights and the output gradient
   *     rounded to bf16, fp32 outputs and weight gradients (ignored, with one warning in the log, where
   *     the CPU lacks AVX512_BF16)
   * @throws IllegalArgumentException for SOFTMAX, or a missing window
   */
  public FusedLayer(Kind kind, Window2D window, boolean useBias, ActivationFunction activation,
      boolean constantWeights, boolean bf16) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind != Kind.DENSE && window == null) {
      throw new IllegalArgumentException(kind + " needs a window");
    }
    this.window = window;
    this.useBias = useBias;
    this.plan = ActivationPlan.of(activation);
    this.constantWeights = constantWeights;
    this.bf16 = bf16 && Bf16Check.nativeOrWarn();
  }

  /** Whether this layer's products run in bf16 (false after a fall-back to fp32). */
  public boolean bf16() {
    return bf16;
  }

  /** Whether oneDNN can fuse {@code activation} (every activation but SOFTMAX). */
  public static boolean fuses(ActivationFunction activation) {
    return ActivationPlan.supports(activation);
  }

  /**
   * The forward pass: {@code y = f(layer(x) + bias)}.
   *
   * @param x the input
   * @param kernel the kernel in its Keras layout
   * @param bias the bias (ignored without one)
   * @param z the pre-activation buffer, written where the activation's derivative needs it
   * @param y receives the output
   * @param training whether this is a training pass (keeps what {@link #backward} needs)
   * @throws UnsupportedLayerException when oneDNN has no implementation for these shapes (first call
   *     with a batch size only)
   */
  public void forward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, boolean training) {
    Step step = step(x, kernel, y);
    if (training && bf16) {
      step = withTraining(step, x, kernel, y);
    }
    if (!training) {
      step.primitives().forward(x, kernel, bias, y, false);
      return;
    }
    step.primitives().forward(x, kernel, bias, plan.trainingWritesOutput() ? y : z, true);
    if (step.activation() != null) {
      step.activation().finishTraining(z, y);
    }
  }

  /**
   * The backward pass after a training {@link #forward}: {@code gradZ = gradY * f'}, then the kernel,
   * bias and input gradients (all overwritten).
   *
   * @param gradX receives the input gradient; null to skip it
   */
  public void backward(INDArray x, INDArray kernel, INDArray z, INDArray y, INDArray gradY, INDArray gradZ,
      INDArray gradX, INDArray gradKernel, INDArray gradBias) {
    Step step = step(x, kernel, y);
    INDArray g = gradY;
    if (step.activation() != null) {
      // In bf16, SELU's scale rides on the output gradient's rounding to bf16 (one pass fewer).
      step.activation().backward(z, y, gradY, gradZ, step.primitives().diffDstScale() == 1f);
      g = gradZ;
    }
    step.primitives().backward(x, kernel, g, gradX, gradKernel, gradBias);
  }

  /**
   * The step with its training primitives created; in bf16, where oneDNN has no fast bf16 kernel for one
   * of them, the layer falls back to fp32 here, at the first training call, rather than mid-fit.
   */
  private Step withTraining(Step step, INDArray x, INDArray kernel, INDArray y) {
    try {
      step.primitives().prepareTraining();
      return step;
    } catch (RuntimeException e) {
      bf16 = false;
      steps.clear();
      Bf16Check.fallBack(kind + " " + (window == null ? "" : window + " ") + "training from "
          + java.util.Arrays.toString(x.shape()) + " to " + java.util.Arrays.toString(y.shape()), e);
      return step(x, kernel, y);
    }
  }

  private Step step(INDArray x, INDArray kernel, INDArray y) {
    long n = x.size(0);
    Step step = steps.find(n);
    if (step != null) {
      return step;
    }
    if (bf16 && macsPerOutput(kernel.shape()) < BF16_MIN_MACS_PER_OUTPUT) {
      bf16 = false;
      Bf16Check.memoryBound(kind + " " + (window == null ? "" : window + " ") + "from "
          + java.util.Arrays.toString(x.shape()) + " to " + java.util.Arrays.toString(y.shape()),
          macsPerOutput(kernel.shape()));
    }
    if (bf16) {
      try {
        return steps.put(n, createStep(x.shape(), kernel.shape(), y.shape(), true));
      } catch (RuntimeException e) {
        bf16 = false;
        Bf16Check.fallBack(kind + " " + (window == null ? "" : window + " ") + "from "
            + java.util.Arrays.toString(x.shape()) + " to " + java.util.Arrays.toString(y.shape()), e);
      }
    }
    try {
      return steps.put(n, createStep(x.shape(), kernel.shape(), y.shape(), false));
    } catch (RuntimeException e) {
      throw new UnsupportedLayerException("oneDNN cannot run " + kind + " " + window + " from "
          + java.util.Arrays.toString(x.shape()) + " to " + java.util.Arrays.toString(y.shape()) + ": " + e, e);
    }
  }

  /**
   * Multiply-accumulates per output value for a kernel of Keras shape {@code ks}: {@code kH * kW * in}
   * for a convolution, {@code kH * kW} for a depthwise one, {@code kH * kW * in / (sH * sW)} for a
   * transposed one, {@code in} for a dense layer.
   */
  long macsPerOutput(long[] ks) {
    return switch (kind) {
      case CONVOLUTION -> ks[0] * ks[1] * ks[2];
      case DEPTHWISE -> ks[0] * ks[1];
      case TRANSPOSED -> Math.max(1, ks[0] * ks[1] * ks[3] / ((long) window.strideHeight() * window.strideWidth()));
      case DENSE -> ks[0];
    };
  }

  /** Builds the primitives for arrays of these shapes (done once per batch size). */
  private Step createStep(long[] xs, long[] ks, long[] ys, boolean low) {
    memory.desc src;
    memory.desc dst;
    memory.desc lowSrc = null;
    memory.desc lowDst = null;
    memory.data_type bf16Type = memory.data_type.bf16;
    long[] weightDims;
    memory.desc userWeights;
    PrimitiveFactory factory;
    switch (kind) {
      case CONVOLUTION -> {
        src = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3]);
        dst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3]);
        if (low) {
          lowSrc = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3], bf16Type);
          lowDst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3], bf16Type);
        }
        weightDims = new long[] {ks[3], ks[2], ks[0], ks[1]};
        userWeights = new memory.desc(weightDims, memory.data_type.f32, memory.format_tag.hwio);
        factory = new Convolution(Geometry.convolution(window, xs[1], xs[2], ks[0], ks[1]));
      }
      case DEPTHWISE -> {
        src = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3]);
        dst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3]);
        if (low) {
          lowSrc = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3], bf16Type);
          lowDst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3], bf16Type);
        }
        long c = ks[2];
        long m = ks[3];
        weightDims = new long[] {c, m, 1, ks[0], ks[1]};
        userWeights = Onednn.strided(weightDims, new long[] {m, 1, c * m, ks[1] * c * m, c * m});
        factory = new Convolution(Geometry.convolution(window, xs[1], xs[2], ks[0], ks[1]));
      }
      case TRANSPOSED -> {
        src = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3]);
        dst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3]);
        if (low) {
          lowSrc = Onednn.nhwc(xs[0], xs[1], xs[2], xs[3], bf16Type);
          lowDst = Onednn.nhwc(ys[0], ys[1], ys[2], ys[3], bf16Type);
        }
        long f = ks[2];
        long c = ks[3];
        weightDims = new long[] {f, c, ks[0], ks[1]};
        userWeights = Onednn.strided(weightDims, new long[] {c, 1, ks[1] * f * c, f * c});
        factory = new Deconvolution(Geometry.transposed(window));
      }
      case DENSE -> {
        src = Onednn.matrix(xs[0], xs[1]);
        dst = Onednn.matrix(ys[0], ys[1]);
        if (low) {
          lowSrc = Onednn.matrix(xs[0], xs[1], bf16Type);
          lowDst = Onednn.matrix(ys[0], ys[1], bf16Type);
        }
        weightDims = new long[] {ks[1], ks[0]};
        userWeights = new memory.desc(weightDims, memory.data_type.f32, memory.format_tag.ba);
        factory = new InnerProduct();
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    memory.desc biasDesc = useBias ? Onednn.vector(ys[ys.length - 1]) : null;
    WeightedPrimitives primitives = new WeightedPrimitives(factory, src, dst, weightDims, userWeights, biasDesc, plan,
        constantWeights, lowSrc, lowDst, plan.backward() == ActivationPlan.Backward.FROM_ELU_OUTPUT ? plan.scale() : 1f);
    ActivationPrimitives activation = plan.backward() == ActivationPlan.Backward.NONE ? null
        : new ActivationPrimitives(plan, java.util.Arrays.stream(ys).reduce(1, (p, q) -> p * q));
    return new Step(primitives, activation);
  }
}
