package dev.lamina.runtime.kernel.onednn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.post_ops;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.primitive_desc;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The primitives of one layer with weights (convolution, deconvolution, inner product) at one batch
 * size: the forward pass for inference (the activation fused as a post-op), and, created on the first
 * training call (inference never needs them), the forward pass for training (the activation's training
 * post-ops), the weight and bias gradients, and the input gradient. Inputs and outputs are the model's
 * NHWC arrays, bound on each call; weights are reordered from their Keras layout into the layout each
 * primitive prefers, and the weight gradient back.
 */
final class WeightedPrimitives {
  private final boolean useBias;
  private final memory src;
  private final memory dst;
  private final memory weights;
  private final memory bias;

  private final primitive inference;
  private final WeightsCopy inferenceWeights;
  /** In bf16: the input rounded to bf16 for the inference primitive (null in fp32). */
  private final WeightsCopy inferenceInput;
  private final IntMemoryMap inferenceArgs = new IntMemoryMap();

  private final PrimitiveFactory factory;
  private final memory.desc srcDesc;
  private final memory.desc dstDesc;
  private final memory.desc userWeightsDesc;
  private final memory.desc biasDesc;
  private final long[] weightDims;
  private final ActivationPlan activation;
  /** The input and output gradient as the bf16 primitives read them; null in fp32. */
  private final memory.desc lowSrcDesc;
  private final memory.desc lowDstDesc;
  /**
   * In bf16: the factor the output gradient is multiplied by while it is rounded to bf16 (SELU's scale,
   * which the activation's backward pass then leaves out); 1 otherwise.
   */
  private final float diffDstScale;
  /** The element type of the weights inside the primitives: f32, or bf16 in mixed precision. */
  private final memory.data_type weightsType;
  /** The training forward and the backward primitives, created on the first training call. */
  private Training training;

  /** What training adds: the forward pass with the training post-ops, and the two gradients. */
  private final class Training {
    final memory diffDst = Onednn.unbound(dstDesc);
    final memory diffSrc = Onednn.unbound(srcDesc);
    final memory diffWeights = Onednn.unbound(userWeightsDesc);
    final memory diffBias = useBias ? Onednn.unbound(biasDesc) : null;
    /** In bf16: the training input and the output gradient rounded to bf16 (null in fp32). */
    final WeightsCopy forwardInput;
    final WeightsCopy lowDiffDst;
    final primitive forward;
    final WeightsCopy forwardWeights;
    final IntMemoryMap forwardArgs = new IntMemoryMap();
    final primitive backwardWeights;
    final WeightsCopy weightsGradient;
    final IntMemoryMap backwardWeightsArgs = new IntMemoryMap();
    final primitive backwardData;
    final WeightsCopy backwardDataWeights;
    /** Whether {@link #backwardDataWeights} is the training forward pass's copy (synced there). */
    final boolean sharedWeights;
    final IntMemoryMap backwardDataArgs = new IntMemoryMap();

    Training() {
      boolean low = lowSrcDesc != null;
      memory.desc primitiveSrc = low ? lowSrcDesc : srcDesc;
      memory.desc primitiveDiffDst = low ? lowDstDesc : dstDesc;
      memory.desc anyWeights = Onednn.any(weightsType, weightDims);
      primitive_desc trainingPd = factory.forward(primitiveSrc, anyWeights, biasDesc, dstDesc,
          attributes(activation.trainingPostOps()));
      forward = new primitive(trainingPd);
      forwardInput = low ? new WeightsCopy(src, lowSrcDesc, false, false) : null;
      forwardWeights = new WeightsCopy(weights, trainingPd.weights_desc(), false, false);
      forwardArgs(forwardArgs, forwardWeights, forwardInput);

      // Weight gradients stay fp32 (the master weights' type) in both precisions.
      primitive_desc weightsPd = factory.backwardWeights(primitiveSrc, Onednn.any(weightDims), biasDesc,
          primitiveDiffDst, trainingPd);
      backwardWeights = new primitive(weightsPd);
      weightsGradient = new WeightsCopy(diffWeights, weightsPd.diff_weights_desc(), true, false);
      lowDiffDst = low ? new WeightsCopy(diffDst, lowDstDesc, false, false, diffDstScale) : null;
      backwardWeightsArgs.put(DNNL_ARG_SRC, low ? forwardInput.primitive() : src);
      backwardWeightsArgs.put(DNNL_ARG_DIFF_DST, low ? lowDiffDst.primitive() : diffDst);
      backwardWeightsArgs.put(DNNL_ARG_DIFF_WEIGHTS, weightsGradient.primitive());
      if (useBias) {
        backwardWeightsArgs.put(DNNL_ARG_DIFF_BIAS, diffBias);
      }

      primitive_desc dataPd = factory.backwardData(srcDesc, anyWeights, primitiveDiffDst, trainingPd);
      backwardData = new primitive(dataPd);
      // Where the input gradient wants the weights in the forward pass's layout (dense layers), it reads
      // the forward pass's copy, made from the same values this step: one reorder fewer per step.
      sharedWeights = dataPd.weights_desc().equals(trainingPd.weights_desc());
      backwardDataWeights = sharedWeights ? forwardWeights
          : new WeightsCopy(weights, dataPd.weights_desc(), false, false);
      backwardDataArgs.put(DNNL_ARG_DIFF_DST, low ? lowDiffDst.primitive() : diffDst);
      backwardDataArgs.put(DNNL_ARG_WEIGHTS, backwardDataWeights.primitive());
      backwardDataArgs.put(DNNL_ARG_DIFF_SRC, diffSrc);
      if (low) {
        Onednn.requireNative(trainingPd, weightsPd, dataPd);
      }
    }
  }

  /**
   * @param factory conv, deconv or inner product with its geometry
   * @param srcDesc the input (NHWC, or {@code [n, features]})
   * @param dstDesc the output (same layouts)
   * @param weightDims the weights' logical dimensions ({@code O, I, H, W}, or {@code G, O, I, H, W})
   * @param userWeightsDesc the weights in their Keras layout
   * @param biasDesc the bias, or null without one
   * @param activation the activation fused into the forward pass
   * @param constantWeights whether the inference primitive's reordered weights may be kept after the first
   *     pass (the weights never change)
   * @param lowSrcDesc for mixed precision, the input as a bf16 tensor of the same layout (the primitives
   *     read it, the weights and the output gradient in bf16 and write fp32); null for fp32
   * @param lowDstDesc for mixed precision, the output gradient as a bf16 tensor; null for fp32
   * @param diffDstScale for mixed precision, a factor applied to the output gradient as it is rounded to
   *     bf16 (1 for none); ignored in fp32
   * @throws UnsupportedLayerException in mixed precision, when oneDNN has only a reference
   *     implementation for one of the primitives
   */
  WeightedPrimitives(PrimitiveFactory factory, memory.desc srcDesc, memory.desc dstDesc, long[] weightDims,
      memory.desc userWeightsDesc, memory.desc biasDesc, ActivationPlan activation, boolean constantWeights,
      memory.desc lowSrcDesc, memory.desc lowDstDesc, float diffDstScale) {
    this.factory = factory;
    this.diffDstScale = lowDstDesc != null ? diffDstScale : 1f;
    this.srcDesc = srcDesc;
    this.dstDesc = dstDesc;
    this.userWeightsDesc = userWeightsDesc;
    this.biasDesc = biasDesc;
    this.weightDims = weightDims.clone();
    this.activation = activation;
    this.useBias = biasDesc != null;
    this.lowSrcDesc = lowSrcDesc;
    this.lowDstDesc = lowDstDesc;
    this.weightsType = lowSrcDesc != null ? memory.data_type.bf16 : memory.data_type.f32;
    src = Onednn.unbound(srcDesc);
    dst = Onednn.unbound(dstDesc);
    weights = Onednn.unbound(userWeightsDesc);
    bias = useBias ? Onednn.unbound(biasDesc) : null;

    primitive_desc inferencePd = factory.forward(lowSrcDesc != null ? lowSrcDesc : srcDesc,
        Onednn.any(weightsType, weightDims), biasDesc, dstDesc, attributes(activation.outputPostOps()));
    if (lowSrcDesc != null) {
      Onednn.requireNative(inferencePd);
    }
    inference = new primitive(inferencePd);
    inferenceWeights = new WeightsCopy(weights, inferencePd.weights_desc(), false, constantWeights);
    inferenceInput = lowSrcDesc != null ? new WeightsCopy(src, lowSrcDesc, false, false) : null;
    forwardArgs(inferenceArgs, inferenceWeights, inferenceInput);
  }

  /** The factor folded into the output gradient's rounding to bf16 (1 in fp32). */
  float diffDstScale() {
    return diffDstScale;
  }

  /** Creates the training primitives now rather than on the first training call. */
  void prepareTraining() {
    training();
  }

  private Training training() {
    Training t = training;
    if (t == null) {
      t = new Training();
      training = t;
    }
    return t;
  }

  private static primitive_attr attributes(post_ops ops) {
    primitive_attr attr = new primitive_attr();
    attr.set_post_ops(ops);
    return attr;
  }

  private void forwardArgs(IntMemoryMap args, WeightsCopy w, WeightsCopy lowInput) {
    args.put(DNNL_ARG_SRC, lowInput != null ? lowInput.primitive() : src);
    args.put(DNNL_ARG_WEIGHTS, w.primitive());
    if (useBias) {
      args.put(DNNL_ARG_BIAS, bias);
    }
    args.put(DNNL_ARG_DST, dst);
  }

  /**
   * The forward pass into {@code y}: with the inference post-ops (the whole activation) or the
   * training ones.
   */
  void forward(INDArray x, INDArray kernel, INDArray biasValues, INDArray y, boolean forTraining) {
    Onednn.bind(src, x);
    Onednn.bind(weights, kernel);
    if (useBias) {
      Onednn.bind(bias, biasValues);
    }
    Onednn.bind(dst, y);
    if (forTraining) {
      Training t = training();
      if (t.forwardInput != null) {
        t.forwardInput.sync();      // kept for the weight gradient of the backward pass
      }
      t.forwardWeights.sync();
      t.forward.execute(Onednn.stream(), t.forwardArgs);
    } else {
      if (inferenceInput != null) {
        inferenceInput.sync();
      }
      inferenceWeights.sync();
      inference.execute(Onednn.stream(), inferenceArgs);
    }
    Onednn.stream()._wait();
  }

  /**
   * The gradients of the kernel, the bias and (when {@code gradX} is not null) the input, from the
   * gradient {@code gradZ} at the layer's pre-activation output.
   */
  void backward(INDArray x, INDArray kernel, INDArray gradZ, INDArray gradX, INDArray gradKernel,
      INDArray gradBias) {
    Training t = training();
    Onednn.bind(src, x);
    Onednn.bind(t.diffDst, gradZ);
    Onednn.bind(t.diffWeights, gradKernel);
    if (useBias) {
      Onednn.bind(t.diffBias, gradBias);
    }
    if (t.lowDiffDst != null) {
      t.lowDiffDst.sync();          // the training forward's bf16 input is still in t.forwardInput
    }
    t.backwardWeights.execute(Onednn.stream(), t.backwardWeightsArgs);
    t.weightsGradient.sync();
    if (gradX != null) {
      Onednn.bind(weights, kernel);
      Onednn.bind(t.diffSrc, gradX);
      if (!t.sharedWeights) {
        t.backwardDataWeights.sync();
      }
      t.backwardData.execute(Onednn.stream(), t.backwardDataArgs);
    }
    Onednn.stream()._wait();
  }
}
