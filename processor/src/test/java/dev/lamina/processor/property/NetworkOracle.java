package dev.lamina.processor.property;

import static dev.lamina.processor.property.OracleAttributes.attributeErrors;
import static dev.lamina.processor.property.OracleAttributes.depthMultiplier;
import static dev.lamina.processor.property.OracleAttributes.dilation;
import static dev.lamina.processor.property.OracleAttributes.dilationStrides;
import static dev.lamina.processor.property.OracleAttributes.padding;
import static dev.lamina.processor.property.OracleAttributes.size;
import static dev.lamina.processor.property.OracleAttributes.strides;

import dev.lamina.dsl.Padding;
import dev.lamina.processor.property.RandomLayer.Defect;
import dev.lamina.processor.property.RandomLayer.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent statement of the rules, written from Keras's documentation rather than from the
 * processor: which errors a {@link RandomNetwork} must get, on which line, and, when it is valid,
 * every layer's output shape, parameter count and multiply-accumulates.
 */
final class NetworkOracle {
  /** The {@code @Network} line, for errors that are not on a layer. */
  static final int NETWORK = -1;
  private static final long MAX = Integer.MAX_VALUE;

  /**
   * An error the compiler must report.
   *
   * @param layer the layer's index in {@link RandomNetwork#layers()}, or {@link #NETWORK}
   * @param id the message id
   */
  record ExpectedError(int layer, String id) {}

  /**
   * A summary row.
   *
   * @param name the layer's name
   * @param type its Keras type
   * @param shape its output shape
   * @param params its parameters, trainable and not
   * @param macs its multiply-accumulates per example
   */
  record Row(String name, String type, List<Integer> shape, long params, long macs) {}

  /**
   * What the compiler must do with a network.
   *
   * @param errors the errors, in no particular order
   * @param rows the layers whose shapes are known, by source index
   * @param shapes the output shape of each layer whose shape is known, null elsewhere
   * @param complete whether every layer's shape is known and no attribute or shape is wrong
   * @param total the sum of {@code rows}' parameters
   */
  record Expectation(List<ExpectedError> errors, List<Row> rows, long[][] shapes, boolean complete, long total) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  private NetworkOracle() {}

  /** The expectation for {@code net} with these {@code @OutputShape} values (null: none) and declared total. */
  static Expectation evaluate(RandomNetwork net, int[][] expectedShapes, Long declaredParams) {
    List<ExpectedError> errors = new ArrayList<>();
    long[] in = {net.height(), net.width(), net.channels()};
    boolean inputValid = true;
    for (long d : in) {
      if (d <= 0) {
        errors.add(new ExpectedError(NETWORK, "LaminaInvalidValue"));
        inputValid = false;
      }
    }
    // Declarations: which methods are layers, and where shape checking must stop.
    List<Integer> layers = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    boolean methodErrors = false;
    for (int i = 0; i < net.layers().size(); i++) {
      RandomLayer l = net.layers().get(i);
      if (l.defect() != null) {
        errors.add(new ExpectedError(i, l.defect() == Defect.PARAMETER ? "LaminaMethodParameters"
            : "LaminaNoLayerAnnotation"));
        methodErrors = true;
        limit = Math.min(limit, layers.size());
        continue;
      }
      if (l.kernel() != null && l.kernel().length == 3) {
        errors.add(new ExpectedError(i, "LaminaPairLength"));
        methodErrors = true;
        limit = Math.min(limit, layers.size());
      }
      if (!l.returnType().equals("Layer") && !l.returnType().equals(l.kind().handle)) {
        errors.add(new ExpectedError(i, "LaminaReturnType"));
        methodErrors = true;
      }
      layers.add(i);
    }
    long[][] shapes = new long[net.layers().size()][];
    if (layers.isEmpty()) {
      if (!methodErrors) {
        errors.add(new ExpectedError(NETWORK, "LaminaNoLayers"));
      }
      return new Expectation(errors, List.of(), shapes, false, 0);
    }
    if (!inputValid) {
      limit = 0;
    }
    // Attributes of every layer; shapes up to the first error.
    List<Row> rows = new ArrayList<>();
    boolean threading = true;
    boolean shapeErrors = false;
    long[] current = in;
    for (int j = 0; j < layers.size(); j++) {
      int i = layers.get(j);
      RandomLayer l = net.layers().get(i);
      int attributeErrors = attributeErrors(l);
      for (int e = 0; e < attributeErrors; e++) {
        errors.add(new ExpectedError(i, e < dilationStrides(l) ? "LaminaDilationStrides" : "LaminaInvalidValue"));
      }
      shapeErrors |= attributeErrors > 0;
      if (!threading || j >= limit || attributeErrors > 0) {
        threading = false;
        continue;
      }
      String rank = rankError(l.kind(), current);
      if (rank != null) {
        errors.add(new ExpectedError(i, rank));
        threading = false;
        shapeErrors = true;
        continue;
      }
      if (dilationTooLarge(l, current)) {
        errors.add(new ExpectedError(i, "LaminaDilationTooLarge"));
        threading = false;
        shapeErrors = true;
        continue;
      }
      if (!fits(l, current)) {
        errors.add(new ExpectedError(i, "LaminaWindowTooLarge"));
        threading = false;
        shapeErrors = true;
        continue;
      }
      long[] out = output(l, current);
      long[] tensors = tensors(l, current);
      if (tooLarge(out, tensors)) {
        errors.add(new ExpectedError(i, "LaminaTooLarge"));
        threading = false;
        shapeErrors = true;
        continue;
      }
      if (expectedShapes[i] != null && !Arrays.equals(Arrays.stream(expectedShapes[i]).asLongStream().toArray(), out)) {
        errors.add(new ExpectedError(i, "LaminaOutputShape"));
        shapeErrors = true;
      }
      shapes[i] = out;
      rows.add(new Row("l" + i, l.kind().kerasType, Arrays.stream(out).mapToObj(d -> (int) d).toList(),
          Arrays.stream(tensors).sum(), macs(l, current, out)));
      current = out;
    }
    boolean complete = rows.size() == layers.size() && !shapeErrors;
    long total = rows.stream().mapToLong(Row::params).sum();
    if (complete && declaredParams != null && declaredParams != total) {
      errors.add(new ExpectedError(NETWORK, "LaminaParamCount"));
    }
    return new Expectation(errors, rows, shapes, complete, total);
  }

  // ---- shapes ----

  private static String rankError(Kind k, long[] in) {
    boolean spatialIn = in.length == 3;
    boolean needsSpatial = k.isConvolution() || k.isPool() || k == Kind.GLOBAL_MAX || k == Kind.GLOBAL_AVG
        || k == Kind.FLATTEN;
    if (needsSpatial && !spatialIn) {
      return k == Kind.FLATTEN ? "LaminaAlreadyFlat" : "LaminaSpatialAfterFlat";
    }
    return k == Kind.DENSE && spatialIn ? "LaminaMissingFlatten" : null;
  }

  /** Keras's VALID output length: {@code floor((in - d*(k-1) - 1) / s) + 1}. */
  private static long valid(long in, int k, int s, int d) {
    return Math.floorDiv(in - (long) d * (k - 1) - 1, s) + 1;
  }

  /** A dilation above 1 must stay below the input's size on its axis. */
  private static boolean dilationTooLarge(RandomLayer l, long[] in) {
    if (!l.kind().hasDilation()) {
      return false;
    }
    int[] d = dilation(l);
    int[] size = size(l);
    return size[0] > 1 && d[0] > 1 && d[0] >= in[0] || size[1] > 1 && d[1] > 1 && d[1] >= in[1];
  }

  private static boolean fits(RandomLayer l, long[] in) {
    Kind k = l.kind();
    if (!(k == Kind.CONV || k == Kind.SEPARABLE || k == Kind.DEPTHWISE || k.isPool()) || padding(l) == Padding.SAME) {
      return true;
    }
    int[] size = size(l);
    int[] s = strides(l);
    int[] d = dilation(l);
    return valid(in[0], size[0], s[0], d[0]) > 0 && valid(in[1], size[1], s[1], d[1]) > 0;
  }

  private static long[] output(RandomLayer l, long[] in) {
    Kind k = l.kind();
    if (k == Kind.CONV || k == Kind.SEPARABLE || k == Kind.DEPTHWISE || k.isPool()) {
      int[] size = size(l);
      int[] s = strides(l);
      int[] d = dilation(l);
      long[] hw = new long[2];
      for (int a = 0; a < 2; a++) {
        hw[a] = padding(l) == Padding.SAME ? (in[a] + s[a] - 1) / s[a] : valid(in[a], size[a], s[a], d[a]);
      }
      long channels = k.isPool() ? in[2] : k == Kind.DEPTHWISE ? in[2] * depthMultiplier(l) : l.count();
      return new long[] {hw[0], hw[1], channels};
    }
    if (k == Kind.TRANSPOSE) {
      int[] size = size(l);
      int[] s = strides(l);
      long[] hw = new long[2];
      for (int a = 0; a < 2; a++) {
        hw[a] = in[a] * s[a] + (padding(l) == Padding.SAME ? 0 : Math.max(size[a] - s[a], 0));
      }
      return new long[] {hw[0], hw[1], l.count()};
    }
    return switch (k) {
      case GLOBAL_MAX, GLOBAL_AVG -> new long[] {in[2]};
      case FLATTEN -> new long[] {in[0] * in[1] * in[2]};
      case DENSE -> new long[] {l.count()};
      default -> in;
    };
  }

  /** The sizes of the layer's parameter tensors (Keras's weights). */
  private static long[] tensors(RandomLayer l, long[] in) {
    long c = in[in.length - 1];
    int[] size = size(l);
    long window = (long) size[0] * size[1];
    long m = depthMultiplier(l);
    boolean bias = l.flags()[0];
    return switch (l.kind()) {
      case CONV, TRANSPOSE -> new long[] {window * c * l.count(), bias ? l.count() : 0};
      case SEPARABLE -> new long[] {window * c * m, c * m * l.count(), bias ? l.count() : 0};
      case DEPTHWISE -> new long[] {window * c * m, bias ? c * m : 0};
      case DENSE -> new long[] {c * l.count(), bias ? l.count() : 0};
      case BATCH_NORM -> new long[] {l.flags()[1] ? c : 0, l.flags()[0] ? c : 0, c, c};
      default -> new long[0];
    };
  }

  private static boolean tooLarge(long[] out, long[] tensors) {
    long size = 1;
    for (long d : out) {
      size *= d;
    }
    return size > MAX || Arrays.stream(tensors).anyMatch(t -> t > MAX);
  }

  private static long macs(RandomLayer l, long[] in, long[] out) {
    long c = in[in.length - 1];
    int[] size = size(l);
    long window = (long) size[0] * size[1];
    long positions = out.length == 3 ? out[0] * out[1] : 0;
    return switch (l.kind()) {
      case CONV -> positions * window * c * l.count();
      case SEPARABLE -> positions * (window * c * depthMultiplier(l) + c * depthMultiplier(l) * l.count());
      case DEPTHWISE -> positions * c * depthMultiplier(l) * window;
      case TRANSPOSE -> in[0] * in[1] * c * window * l.count();
      case DENSE -> c * l.count();
      case BATCH_NORM -> Arrays.stream(in).reduce(1, (a, b) -> a * b);
      default -> 0;
    };
  }
}
