package dev.lamina.processor.read;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.dsl.Padding;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.ActivationSpec;
import dev.lamina.processor.model.BatchNormSpec;
import dev.lamina.processor.model.ConcatenateSpec;
import dev.lamina.processor.model.Cropping2DSpec;
import dev.lamina.processor.model.Interpolation;
import dev.lamina.processor.model.Margins;
import dev.lamina.processor.model.MergeMode;
import dev.lamina.processor.model.MergeSpec;
import dev.lamina.processor.model.UpSampling2DSpec;
import dev.lamina.processor.model.ZeroPadding2DSpec;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.DepthwiseConv2DSpec;
import dev.lamina.processor.model.DropoutSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.GlobalPoolSpec;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.Pair;
import dev.lamina.processor.model.PoolKind;
import dev.lamina.processor.model.PoolSpec;
import dev.lamina.processor.model.SeparableConv2DSpec;
import dev.lamina.processor.model.Window;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The layer annotations the processor knows: each one's qualified name, the runtime handle type its
 * method returns, and how its values become a {@link LayerSpec}. An exhaustive enum rather than a
 * registry: adding a layer kind is adding a constant.
 */
enum LayerKind {
  CONV2D("dev.lamina.dsl.Conv2D", "Conv2DLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new Conv2DSpec(v.intValue("filters"), convWindow(v, layer, problems, true),
          v.enumValue("activation", ActivationFunction.class), v.booleanValue("useBias"),
          v.enumValue("kernelInitializer", Initializer.class), v.enumValue("biasInitializer", Initializer.class));
    }
  },
  SEPARABLE_CONV2D("dev.lamina.dsl.SeparableConv2D", "SeparableConv2DLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new SeparableConv2DSpec(v.intValue("filters"), convWindow(v, layer, problems, true),
          v.intValue("depthMultiplier"), v.enumValue("activation", ActivationFunction.class),
          v.booleanValue("useBias"), v.enumValue("depthwiseInitializer", Initializer.class),
          v.enumValue("pointwiseInitializer", Initializer.class), v.enumValue("biasInitializer", Initializer.class));
    }
  },
  DEPTHWISE_CONV2D("dev.lamina.dsl.DepthwiseConv2D", "DepthwiseConv2DLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new DepthwiseConv2DSpec(convWindow(v, layer, problems, true), v.intValue("depthMultiplier"),
          v.enumValue("activation", ActivationFunction.class), v.booleanValue("useBias"),
          v.enumValue("depthwiseInitializer", Initializer.class), v.enumValue("biasInitializer", Initializer.class));
    }
  },
  CONV2D_TRANSPOSE("dev.lamina.dsl.Conv2DTranspose", "Conv2DTransposeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new Conv2DTransposeSpec(v.intValue("filters"), convWindow(v, layer, problems, false),
          v.enumValue("activation", ActivationFunction.class), v.booleanValue("useBias"),
          v.enumValue("kernelInitializer", Initializer.class), v.enumValue("biasInitializer", Initializer.class));
    }
  },
  MAX_POOL("dev.lamina.dsl.MaxPool", "PoolingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new PoolSpec(PoolKind.MAX, poolWindow(v, layer, problems));
    }
  },
  AVG_POOL("dev.lamina.dsl.AvgPool", "PoolingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new PoolSpec(PoolKind.AVG, poolWindow(v, layer, problems));
    }
  },
  GLOBAL_MAX_POOL("dev.lamina.dsl.GlobalMaxPool", "PoolingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new GlobalPoolSpec(PoolKind.MAX);
    }
  },
  GLOBAL_AVG_POOL("dev.lamina.dsl.GlobalAvgPool", "PoolingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new GlobalPoolSpec(PoolKind.AVG);
    }
  },
  FLATTEN("dev.lamina.dsl.Flatten", "FlattenLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new FlattenSpec();
    }
  },
  DENSE("dev.lamina.dsl.Dense", "DenseLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new DenseSpec(v.intValue("units"), v.enumValue("activation", ActivationFunction.class),
          v.booleanValue("useBias"), v.enumValue("kernelInitializer", Initializer.class),
          v.enumValue("biasInitializer", Initializer.class));
    }
  },
  DROPOUT("dev.lamina.dsl.Dropout", "DropoutLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new DropoutSpec(v.doubleValue("rate"));
    }
  },
  BATCH_NORM("dev.lamina.dsl.BatchNorm", "BatchNormLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new BatchNormSpec(v.doubleValue("momentum"), v.doubleValue("epsilon"), v.booleanValue("center"),
          v.booleanValue("scale"));
    }
  },
  ACTIVATION("dev.lamina.dsl.Activation", "ActivationLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new ActivationSpec(v.enumValue("value", ActivationFunction.class));
    }
  },
  ADD("dev.lamina.dsl.Add", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new MergeSpec(MergeMode.ADD, v.enumValue("activation", ActivationFunction.class));
    }
  },
  SUBTRACT("dev.lamina.dsl.Subtract", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new MergeSpec(MergeMode.SUBTRACT, v.enumValue("activation", ActivationFunction.class));
    }
  },
  MULTIPLY("dev.lamina.dsl.Multiply", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new MergeSpec(MergeMode.MULTIPLY, v.enumValue("activation", ActivationFunction.class));
    }
  },
  AVERAGE("dev.lamina.dsl.Average", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new MergeSpec(MergeMode.AVERAGE, v.enumValue("activation", ActivationFunction.class));
    }
  },
  MAXIMUM("dev.lamina.dsl.Maximum", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new MergeSpec(MergeMode.MAXIMUM, v.enumValue("activation", ActivationFunction.class));
    }
  },
  CONCATENATE("dev.lamina.dsl.Concatenate", "MergeLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new ConcatenateSpec(v.enumValue("activation", ActivationFunction.class));
    }
  },
  UP_SAMPLING2D("dev.lamina.dsl.UpSampling2D", "ReshapingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new UpSampling2DSpec(pair(v, "size", Attr.SIZE, null, layer, problems),
          Interpolation.valueOf(v.enumValue("interpolation", dev.lamina.dsl.Interpolation.class).name()));
    }
  },
  ZERO_PADDING2D("dev.lamina.dsl.ZeroPadding2D", "ReshapingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new ZeroPadding2DSpec(margins(v, "padding", Attr.PADDING, layer, problems));
    }
  },
  CROPPING2D("dev.lamina.dsl.Cropping2D", "ReshapingLayer") {
    @Override
    LayerSpec read(AnnotationValues v, String layer, List<Problem> problems) {
      return new Cropping2DSpec(margins(v, "cropping", Attr.CROPPING, layer, problems));
    }
  };

  /** The package of the runtime's layer handle types. */
  static final String HANDLE_PACKAGE = "dev.lamina.runtime.layer";

  /** The common supertype of all handles. */
  static final String LAYER_HANDLE = HANDLE_PACKAGE + ".Layer";

  /** Every layer annotation's simple name with an {@code @}, for messages: {@code @Conv2D, @SeparableConv2D, ...}. */
  static String allAnnotations() {
    return Arrays.stream(values()).map(k -> "@" + k.simpleName()).collect(Collectors.joining(", "));
  }

  private final String annotationName;
  private final String handleSimpleName;

  LayerKind(String annotationName, String handleSimpleName) {
    this.annotationName = annotationName;
    this.handleSimpleName = handleSimpleName;
  }

  /** The annotation's qualified name. */
  String annotationName() {
    return annotationName;
  }

  /** The annotation's simple name, for messages. */
  String simpleName() {
    return annotationName.substring(annotationName.lastIndexOf('.') + 1);
  }

  /** The qualified name of the handle type a method of this kind returns (or a supertype of it). */
  String handleType() {
    return HANDLE_PACKAGE + "." + handleSimpleName;
  }

  /** The handle's simple name: {@code Conv2DLayer}. */
  String handleSimpleName() {
    return handleSimpleName;
  }

  /**
   * Builds the spec; attribute arrays of a wrong length are added to {@code problems}.
   *
   * @throws UnreadableAnnotationException when a value is missing or mistyped (source the compiler rejects)
   */
  abstract LayerSpec read(AnnotationValues v, String layer, List<Problem> problems);

  /** The kind for an annotation's qualified name, or null when it is not a layer annotation. */
  static LayerKind forAnnotation(String qualifiedName) {
    return Arrays.stream(values()).filter(k -> k.annotationName.equals(qualifiedName)).findFirst().orElse(null);
  }

  private static Window convWindow(AnnotationValues v, String layer, List<Problem> problems, boolean dilation) {
    Pair size = pair(v, "kernelSize", Attr.KERNEL_SIZE, null, layer, problems);
    Pair strides = pair(v, "strides", Attr.STRIDES, null, layer, problems);
    Pair dil = dilation ? pair(v, "dilationRate", Attr.DILATION_RATE, null, layer, problems) : Pair.square(1);
    return new Window(size, strides, dil, v.enumValue("padding", Padding.class));
  }

  private static Window poolWindow(AnnotationValues v, String layer, List<Problem> problems) {
    Pair size = pair(v, "poolSize", Attr.POOL_SIZE, null, layer, problems);
    // Strides default to the pool size; an invalid pool size (reported on its own) defaults them to 1.
    Pair strides = pair(v, "strides", Attr.STRIDES, size.positive() ? size : Pair.square(1), layer, problems);
    return Window.of(size, strides, v.enumValue("padding", Padding.class));
  }

  /**
   * A margins attribute in Keras's three forms: 1 value (every border), 2 values (height, width) or 4
   * values (top, bottom, left, right); another count becomes a problem and zero margins so reading can go on.
   */
  private static Margins margins(AnnotationValues v, String name, Attr attr, String layer, List<Problem> problems) {
    int[] m = v.intArray(name);
    return switch (m.length) {
      case 1 -> Margins.uniform(m[0]);
      case 2 -> new Margins(m[0], m[0], m[1], m[1]);
      case 4 -> new Margins(m[0], m[1], m[2], m[3]);
      default -> {
        problems.add(Problem.at(attr, Message.MARGIN_COUNT, layer, name, m.length, Arrays.toString(m), name, name,
            name));
        yield Margins.uniform(0);
      }
    };
  }

  /** A pair attribute; a wrong length becomes a problem and a 1x1 stand-in so reading can go on. */
  private static Pair pair(AnnotationValues v, String name, Attr attr, Pair fallback, String layer,
      List<Problem> problems) {
    Pair p = v.pair(name, fallback);
    if (p == null) {
      int[] raw = v.intArray(name);
      problems.add(Problem.at(attr, Message.PAIR_LENGTH, layer, name, raw.length, Arrays.toString(raw), name, name));
      return Pair.square(1);
    }
    return p;
  }
}
