package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.onednn.FusedLayer;
import dev.lamina.runtime.kernel.onednn.Onednn;
import dev.lamina.runtime.kernel.onednn.UnsupportedLayerException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every layer kernel with weights does: run the layer and its activation on oneDNN, fused, for
 * {@code FLOAT} tensors, or on libnd4j followed by the activation for {@code DOUBLE} tensors (and for
 * a configuration oneDNN cannot run, which is logged once). Softmax is not element-wise, so a layer
 * with a softmax activation runs linear on oneDNN and applies softmax after.
 *
 * <p>Buffers: {@code z} holds what the activation's derivative needs (the pre-activation values on
 * libnd4j; see {@link FusedLayer} for oneDNN), {@code y} the output; for LINEAR both may be the same
 * array, and so may {@code gradZ} and {@code gradY}.
 */
final class FusedKernel {
  private static final Logger LOG = LoggerFactory.getLogger(FusedKernel.class);

  private final Nd4jWeighted nd4j;
  private final ActivationKernel activation;
  private final boolean fused;
  private INDArray unwantedInputGradient;
  private FusedLayer onednn;
  /** For a window shorter than its stride, the kernel padded to the stride for oneDNN; else null. */
  private final StrideLongKernel strideLong;
  private boolean routed;

  /**
   * A spatial length from which oneDNN 2.5.2's convolutions are not run: a height of exactly 65536
   * divides by zero in its brgemm blocking heuristic (SIGFPE) for 1x1, depthwise and transposed
   * convolutions, so every convolution with a height or width of at least 2^16 runs on libnd4j's own
   * implementation (docs/native-safety.md).
   */
  static final long ONEDNN_MAX_SPATIAL = 1 << 16;

  /**
   * @param kind the layer kind for oneDNN
   * @param window its window (null for dense)
   * @param useBias whether a bias is added
   * @param function the activation
   * @param nd4j the same layer on libnd4j
   * @param onednnSupported false for a configuration known to need libnd4j
   */
  FusedKernel(FusedLayer.Kind kind, Window2D window, boolean useBias, ActivationFunction function, Nd4jWeighted nd4j,
      boolean onednnSupported) {
    this(kind, window, useBias, function, nd4j, onednnSupported, null);
  }

  /**
   * A convolution whose oneDNN route runs the kernel zero-padded at the bottom and right to its stride
   * ({@link StrideLongKernel}: oneDNN 2.5.2 corrupts memory on kernels shorter than their stride,
   * docs/native-safety.md), with the same output; libnd4j runs the declared kernel.
   *
   * @param strideLong the padding of the kernel for oneDNN, or null to run the declared kernel there
   */
  FusedKernel(FusedLayer.Kind kind, Window2D window, boolean useBias, ActivationFunction function, Nd4jWeighted nd4j,
      boolean onednnSupported, StrideLongKernel strideLong) {
    this.nd4j = nd4j;
    this.strideLong = strideLong;
    this.activation = new ActivationKernel(function);
    this.fused = FusedLayer.fuses(function);
    this.onednn = onednnSupported && Onednn.available()
        ? new FusedLayer(kind, window, useBias, fused ? function : ActivationFunction.LINEAR,
            ConstantWeights.creating(), Precision.creating() == Precision.BF16)
        : null;
  }

  /** {@code y = f(layer(x, kernel) + bias)}, keeping in {@code z} what backward needs. */
  void forward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, boolean training) {
    if (!routed) {
      route(x, y);
    }
    if (onednn != null && Onednn.handles(x)) {
      INDArray run = strideLong == null ? kernel : strideLong.pad(kernel);
      try {
        if (fused) {
          onednn.forward(x, run, bias, z, y, training);
        } else {
          onednn.forward(x, run, bias, z, z, training);
          activation.forward(z, y);
        }
        return;
      } catch (UnsupportedLayerException e) {
        LOG.warn("{}; running this layer on libnd4j", e.getMessage());
        onednn = null;
      }
    }
    nd4j.forward(x, kernel, bias, z);
    activation.forward(z, y);
  }

  /**
   * {@code gradZ = gradY * f'}, then the kernel, bias and input gradients (overwritten), after a
   * training {@link #forward} with the same arrays. {@code gradX} may be null when the input gradient
   * is not wanted (the network's first layer in training): oneDNN then skips computing it.
   */
  void backward(INDArray x, INDArray kernel, INDArray bias, INDArray z, INDArray y, INDArray gradY, INDArray gradZ,
      INDArray gradX, INDArray gradKernel, INDArray gradBias) {
    if (onednn != null && Onednn.handles(x)) {
      INDArray run = strideLong == null ? kernel : strideLong.pad(kernel);
      INDArray runGradient = strideLong == null ? gradKernel : strideLong.paddedGradient();
      if (fused) {
        onednn.backward(x, run, z, y, gradY, gradZ, gradX, runGradient, gradBias);
      } else {
        activation.backward(z, gradY, gradZ);
        onednn.backward(x, run, z, z, gradZ, gradZ, gradX, runGradient, gradBias);
      }
      if (strideLong != null) {
        strideLong.crop(gradKernel);
      }
      return;
    }
    activation.backward(z, gradY, gradZ);
    nd4j.backward(x, kernel, bias, gradZ, gradX != null ? gradX : unwantedInputGradient(x), gradKernel, gradBias);
  }

  /** Whether {@code FLOAT} passes run on oneDNN (false before the first pass only if oneDNN is missing). */
  boolean onOnednn() {
    return onednn != null;
  }

  /** Where libnd4j, which always computes the input gradient, puts one that is not wanted. */
  private INDArray unwantedInputGradient(INDArray x) {
    INDArray g = unwantedInputGradient;
    if (g == null || !java.util.Arrays.equals(g.shape(), x.shape()) || g.dataType() != x.dataType()) {
      g = x.ulike();
      unwantedInputGradient = g;
    }
    return g;
  }

  /**
   * On the first pass, once the shapes are known (the network fixes them, so this is decided once):
   * shapes oneDNN does not run safely go to libnd4j's own implementation.
   */
  private void route(INDArray x, INDArray y) {
    routed = true;
    if (x.rank() == 4 && (x.size(1) >= ONEDNN_MAX_SPATIAL || x.size(2) >= ONEDNN_MAX_SPATIAL
        || y.size(1) >= ONEDNN_MAX_SPATIAL || y.size(2) >= ONEDNN_MAX_SPATIAL)) {
      onednn = null;
      nd4j.withoutHelpers();
    }
  }
}
