package dev.lamina.processor.property;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One randomly declared layer method, as the property test writes it into source. Attributes that
 * are null are left out of the annotation, so that their default applies.
 *
 * @param kind the layer annotation
 * @param count filters (convolutions) or units (dense)
 * @param kernel kernelSize or poolSize values as written (1, 2 or 3 values); null for the default
 * @param strides strides values as written; null for the default
 * @param dilation dilationRate values as written; null for the default
 * @param padding null for the default
 * @param depthMultiplier null for the default
 * @param rate dropout rate
 * @param momentum batch normalization momentum; null for the default
 * @param epsilon batch normalization epsilon; null for the default
 * @param flags center and scale of batch normalization, useBias of the others
 * @param activation null for the default
 * @param returnType the method's return type
 * @param defect a declaration defect of the method, or null
 */
record RandomLayer(Kind kind, int count, int[] kernel, int[] strides, int[] dilation, Padding padding,
    Integer depthMultiplier, double rate, Double momentum, Double epsilon, boolean[] flags,
    ActivationFunction activation, String returnType, Defect defect) {

  /** The layer annotations, with the Keras type and runtime handle of each. */
  enum Kind {
    CONV("Conv2D", "Conv2D", "Conv2DLayer"),
    SEPARABLE("SeparableConv2D", "SeparableConv2D", "SeparableConv2DLayer"),
    DEPTHWISE("DepthwiseConv2D", "DepthwiseConv2D", "DepthwiseConv2DLayer"),
    TRANSPOSE("Conv2DTranspose", "Conv2DTranspose", "Conv2DTransposeLayer"),
    MAX_POOL("MaxPool", "MaxPooling2D", "PoolingLayer"),
    AVG_POOL("AvgPool", "AveragePooling2D", "PoolingLayer"),
    GLOBAL_MAX("GlobalMaxPool", "GlobalMaxPooling2D", "PoolingLayer"),
    GLOBAL_AVG("GlobalAvgPool", "GlobalAveragePooling2D", "PoolingLayer"),
    FLATTEN("Flatten", "Flatten", "FlattenLayer"),
    DENSE("Dense", "Dense", "DenseLayer"),
    DROPOUT("Dropout", "Dropout", "DropoutLayer"),
    BATCH_NORM("BatchNorm", "BatchNormalization", "BatchNormLayer"),
    ACTIVATION("Activation", "Activation", "ActivationLayer");

    final String annotation;
    final String kerasType;
    final String handle;

    Kind(String annotation, String kerasType, String handle) {
      this.annotation = annotation;
      this.kerasType = kerasType;
      this.handle = handle;
    }

    boolean isConvolution() {
      return this == CONV || this == SEPARABLE || this == DEPTHWISE || this == TRANSPOSE;
    }

    boolean isPool() {
      return this == MAX_POOL || this == AVG_POOL;
    }

    boolean hasFilters() {
      return this == CONV || this == SEPARABLE || this == TRANSPOSE;
    }

    boolean hasDilation() {
      return this == CONV || this == SEPARABLE || this == DEPTHWISE;
    }

    boolean hasDepthMultiplier() {
      return this == SEPARABLE || this == DEPTHWISE;
    }

    boolean hasActivation() {
      return isConvolution() || this == DENSE || this == ACTIVATION;
    }
  }

  /** Ways the method itself can be declared wrongly. */
  enum Defect {
    /** {@code name(int size)}. */
    PARAMETER,
    /** No layer annotation at all. */
    NO_ANNOTATION
  }

  /** The method's source line, with {@code @OutputShape(expected)} when {@code expected} is not null. */
  String render(String name, int[] expected) {
    StringBuilder line = new StringBuilder("  ");
    if (expected != null) {
      line.append("@OutputShape(").append(array(expected)).append(") ");
    }
    if (defect != Defect.NO_ANNOTATION) {
      line.append('@').append(kind.annotation).append(attributes()).append(' ');
    }
    line.append(returnType).append(' ').append(name).append(defect == Defect.PARAMETER ? "(int size);" : "();");
    return line.toString();
  }

  private String attributes() {
    List<String> a = new ArrayList<>();
    if (kind == Kind.ACTIVATION) {
      return "(" + activation + ")";
    }
    if (kind.hasFilters()) {
      a.add("filters = " + count);
    }
    if (kind == Kind.DENSE) {
      a.add("units = " + count);
    }
    if (kernel != null) {
      a.add((kind.isPool() ? "poolSize = " : "kernelSize = ") + array(kernel));
    }
    if (strides != null) {
      a.add("strides = " + array(strides));
    }
    if (dilation != null) {
      a.add("dilationRate = " + array(dilation));
    }
    if (padding != null) {
      a.add("padding = " + padding);
    }
    if (depthMultiplier != null) {
      a.add("depthMultiplier = " + depthMultiplier);
    }
    if (kind == Kind.DROPOUT) {
      a.add(String.format(Locale.ROOT, "rate = %s", rate));
    }
    if (kind == Kind.BATCH_NORM) {
      if (momentum != null) {
        a.add("momentum = " + momentum);
      }
      if (epsilon != null) {
        a.add("epsilon = " + epsilon);
      }
      a.add("center = " + flags[0]);
      a.add("scale = " + flags[1]);
    } else if (kind.isConvolution() || kind == Kind.DENSE) {
      a.add("useBias = " + flags[0]);
    }
    if (activation != null && kind != Kind.ACTIVATION && kind.hasActivation()) {
      a.add("activation = " + activation);
    }
    return a.isEmpty() ? "" : "(" + String.join(", ", a) + ")";
  }

  private static String array(int[] values) {
    if (values.length == 1) {
      return Integer.toString(values[0]);
    }
    return Arrays.toString(values).replace('[', '{').replace(']', '}');
  }
}
