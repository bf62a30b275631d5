package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.lamina.processor.model.Margins;

/**
 * The types generated code refers to. Runtime and ND4J types are named, not loaded: the processor
 * does not depend on them, only the code it writes does.
 */
final class TypeNames {
  private static final String RUNTIME = "dev.lamina.runtime";
  private static final String KERNEL = RUNTIME + ".kernel";
  private static final String LAYER_PACKAGE = RUNTIME + ".layer";

  static final ClassName INDARRAY = ClassName.get("org.nd4j.linalg.api.ndarray", "INDArray");
  static final ClassName DATA_TYPE = ClassName.get("org.nd4j.linalg.api.buffer", "DataType");

  static final ClassName MODEL = ClassName.get(RUNTIME, "Model");
  static final ClassName GRADIENT_TARGET = ClassName.get(RUNTIME, "GradientTarget");
  static final ClassName LAYER_CLOCK = ClassName.get(RUNTIME, "LayerClock");
  static final ClassName EXCLUSIVE_USE = ClassName.get(RUNTIME, "ExclusiveUse");
  static final ClassName LAYER_PROFILER = ClassName.get(RUNTIME, "LayerProfiler");
  static final ClassName PASS = LAYER_PROFILER.nestedClass("Pass");
  static final ClassName LAYER = ClassName.get(LAYER_PACKAGE, "Layer");
  static final ClassName PARAMETER = ClassName.get(RUNTIME + ".param", "Parameter");
  static final ClassName PARAMETERS = ClassName.get(RUNTIME + ".param", "Parameters");
  static final ClassName PARAMETER_ALLOCATOR = ClassName.get(RUNTIME + ".init", "ParameterAllocator");
  static final ClassName SEEDS = ClassName.get(RUNTIME + ".init", "Seeds");

  static final ClassName WINDOW_2D = ClassName.get(KERNEL, "Window2D");
  static final ClassName POOL_MODE = ClassName.get(KERNEL, "PoolMode");
  static final ClassName BATCH_CACHE = ClassName.get(KERNEL, "BatchCache");
  static final ClassName INPUT_CHECK = ClassName.get(KERNEL, "InputCheck");
  static final ClassName NUMERICS = ClassName.get(KERNEL, "Numerics");
  static final ClassName VIEWS = ClassName.get(KERNEL, "Views");
  static final ClassName BUFFER_OPS = ClassName.get(KERNEL, "BufferOps");
  static final ClassName ACTIVATION_KERNEL = ClassName.get(KERNEL, "ActivationKernel");
  static final ClassName CONV2D_KERNEL = ClassName.get(KERNEL, "Conv2DKernel");
  static final ClassName DEPTHWISE_CONV2D_KERNEL = ClassName.get(KERNEL, "DepthwiseConv2DKernel");
  static final ClassName SEPARABLE_CONV2D_KERNEL = ClassName.get(KERNEL, "SeparableConv2DKernel");
  static final ClassName CONV2D_TRANSPOSE_KERNEL = ClassName.get(KERNEL, "Conv2DTransposeKernel");
  static final ClassName POOL2D_KERNEL = ClassName.get(KERNEL, "Pool2DKernel");
  static final ClassName GLOBAL_POOL_KERNEL = ClassName.get(KERNEL, "GlobalPoolKernel");
  static final ClassName DENSE_KERNEL = ClassName.get(KERNEL, "DenseKernel");
  static final ClassName BATCH_NORM_KERNEL = ClassName.get(KERNEL, "BatchNormKernel");
  static final ClassName DROPOUT_KERNEL = ClassName.get(KERNEL, "DropoutKernel");
  static final ClassName MERGE_KERNEL = ClassName.get(KERNEL, "MergeKernel");
  static final ClassName MERGE_MODE = ClassName.get(KERNEL, "MergeMode");
  static final ClassName CONCAT_KERNEL = ClassName.get(KERNEL, "ConcatKernel");
  static final ClassName UP_SAMPLING2D_KERNEL = ClassName.get(KERNEL, "UpSampling2DKernel");
  static final ClassName INTERPOLATION = ClassName.get(KERNEL, "Interpolation");
  static final ClassName ZERO_PADDING2D_KERNEL = ClassName.get(KERNEL, "ZeroPadding2DKernel");
  static final ClassName CROPPING2D_KERNEL = ClassName.get(KERNEL, "Cropping2DKernel");
  static final ClassName MARGINS_2D = ClassName.get(KERNEL, "Margins2D");
  static final ClassName FAN_OUT_GRADIENT = ClassName.get(KERNEL, "FanOutGradient");

  static final ClassName MODEL_SUMMARY = ClassName.get("dev.lamina.summary", "ModelSummary");
  static final ClassName LAYER_SUMMARY = ClassName.get("dev.lamina.summary", "LayerSummary");
  static final ClassName PADDING = ClassName.get("dev.lamina.dsl", "Padding");
  static final ClassName ACTIVATION_FUNCTION = ClassName.get("dev.lamina.dsl", "ActivationFunction");
  static final ClassName INITIALIZER = ClassName.get("dev.lamina.dsl", "Initializer");

  static final ClassName LIST = ClassName.get("java.util", "List");
  static final TypeName LAYER_LIST = ParameterizedTypeName.get(LIST, LAYER);

  private TypeNames() {}

  /** A layer configuration record of {@code dev.lamina.runtime.layer.config}, e.g. {@code Conv2DConfig}. */
  static ClassName config(String simpleName) {
    return ClassName.get(LAYER_PACKAGE + ".config", simpleName);
  }

  /** A layer handle class of {@code dev.lamina.runtime.layer}, e.g. {@code Conv2DLayer}. */
  static ClassName handle(String simpleName) {
    return ClassName.get(LAYER_PACKAGE, simpleName);
  }

  /** {@code new Margins2D(top, bottom, left, right)}. */
  static CodeBlock margins(Margins m) {
    return CodeBlock.of("new $T($L, $L, $L, $L)", MARGINS_2D, m.top(), m.bottom(), m.left(), m.right());
  }
}
