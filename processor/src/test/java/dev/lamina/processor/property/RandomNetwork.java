package dev.lamina.processor.property;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import dev.lamina.processor.property.RandomLayer.Defect;
import dev.lamina.processor.property.RandomLayer.Kind;
import dev.lamina.processor.testing.Networks;
import java.util.ArrayList;
import java.util.List;

/**
 * A random network declaration: an input, spatial layers, a flattening, dense layers, and now and
 * then a layer out of order, an invalid value, a wrong return type or a broken method. Most choices
 * lead to networks that compile, many to networks that do not.
 *
 * @param name the interface's name
 * @param height the input height (0 now and then)
 * @param width the input width
 * @param channels the input channels
 * @param layers the layer methods, in order
 * @param shapeAssertions per layer: 0 no {@code @OutputShape}, 1 the right shape, 2 a wrong one
 * @param paramsAssertion 0 no {@code params}, 1 the right total, 2 a wrong one
 */
record RandomNetwork(String name, int height, int width, int channels, List<RandomLayer> layers,
    int[] shapeAssertions, int paramsAssertion) {

  private static final List<Kind> SPATIAL = List.of(Kind.CONV, Kind.SEPARABLE, Kind.DEPTHWISE, Kind.TRANSPOSE,
      Kind.MAX_POOL, Kind.AVG_POOL, Kind.BATCH_NORM, Kind.DROPOUT, Kind.ACTIVATION);
  private static final int[] SPATIAL_WEIGHTS = {30, 12, 10, 5, 15, 8, 8, 6, 6};
  private static final List<Kind> TERMINAL = List.of(Kind.FLATTEN, Kind.GLOBAL_MAX, Kind.GLOBAL_AVG, Kind.DROPOUT);
  private static final int[] TERMINAL_WEIGHTS = {55, 15, 15, 15};
  private static final List<Kind> FLAT = List.of(Kind.DENSE, Kind.DROPOUT, Kind.BATCH_NORM, Kind.ACTIVATION);
  private static final int[] FLAT_WEIGHTS = {60, 15, 10, 15};

  /** A network drawn from {@code c}. */
  static RandomNetwork generate(String name, Choices c) {
    int height = c.chance(3) ? 0 : 1 + c.next(32);
    int width = c.chance(50) ? 1 + c.next(32) : Math.max(height, 1);
    int channels = 1 + c.next(4);
    List<RandomLayer> layers = new ArrayList<>();
    int spatial = c.next(6);
    int transposes = 0;
    for (int i = 0; i < spatial; i++) {
      Kind kind = c.weighted(SPATIAL, SPATIAL_WEIGHTS);
      if (kind == Kind.TRANSPOSE && ++transposes > 2) {
        kind = Kind.CONV;
      }
      layers.add(layer(c, kind));
    }
    Kind terminal = c.weighted(TERMINAL, TERMINAL_WEIGHTS);
    if (terminal != Kind.DROPOUT) {
      layers.add(layer(c, terminal));
    }
    int flat = c.next(4);
    for (int i = 0; i < flat; i++) {
      layers.add(layer(c, c.weighted(FLAT, FLAT_WEIGHTS)));
    }
    if (c.chance(12)) {
      Kind any = Kind.values()[c.next(Kind.values().length)];
      layers.add(c.next(layers.size() + 1), layer(c, any == Kind.TRANSPOSE ? Kind.CONV : any));
    }
    int[] shapeAssertions = new int[layers.size()];
    for (int i = 0; i < shapeAssertions.length; i++) {
      shapeAssertions[i] = c.chance(15) ? 1 + c.next(2) : 0;
    }
    int paramsAssertion = c.chance(25) ? (c.chance(25) ? 2 : 1) : 0;
    return new RandomNetwork(name, height, width, channels, layers, shapeAssertions, paramsAssertion);
  }

  private static RandomLayer layer(Choices c, Kind kind) {
    boolean window = kind.isConvolution() || kind.isPool();
    int count = kind == Kind.DENSE ? 1 + c.next(128) : 1 + c.next(64);
    int[] kernel = window ? kernel(c, kind) : null;
    int[] strides = window && c.chance(50) ? pair(c, 3) : null;
    int[] dilation = kind.hasDilation() && c.chance(30) ? c.of(new int[] {1}, new int[] {2}, new int[] {1, 2}) : null;
    Padding padding = window && c.chance(70) ? c.of(Padding.VALID, Padding.SAME) : null;
    Integer depthMultiplier = kind.hasDepthMultiplier() && c.chance(40) ? 1 + c.next(3) : null;
    double rate = c.next(9) / 10.0;
    Double momentum = c.chance(30) ? 0.9 : null;
    Double epsilon = c.chance(30) ? 1e-5 : null;
    boolean[] flags = {!c.chance(20), !c.chance(20)};
    ActivationFunction activation = kind == Kind.ACTIVATION || c.chance(70)
        ? c.weighted(List.of(ActivationFunction.values()), 5, 20, 20, 5, 5, 5, 5, 2, 3, 5) : null;
    if (c.chance(8)) {
      // One invalid value.
      switch (c.next(8)) {
        case 0 -> count = c.of(0, -3);
        case 1 -> kernel = kernel == null ? null : new int[] {kernel[0], 0};
        case 2 -> strides = window ? new int[] {0} : null;
        case 3 -> dilation = kind.hasDilation() ? new int[] {0, 1} : null;
        case 4 -> depthMultiplier = kind.hasDepthMultiplier() ? 0 : null;
        case 5 -> rate = c.of(1.0, -0.25);
        case 6 -> momentum = 1.5;
        default -> epsilon = 0.0;
      }
    }
    String returnType = c.chance(2) ? (kind == Kind.FLATTEN ? "DenseLayer" : "FlattenLayer")
        : c.chance(15) ? "Layer" : kind.handle;
    Defect defect = c.chance(3) ? c.of(Defect.PARAMETER, Defect.NO_ANNOTATION) : null;
    return new RandomLayer(kind, count, kernel, strides, dilation, padding, depthMultiplier, rate, momentum, epsilon,
        flags, activation, returnType, defect);
  }

  private static int[] kernel(Choices c, Kind kind) {
    if (c.chance(1)) {
      return new int[] {3, 3, 3};
    }
    if (kind.isPool() && c.chance(30)) {
      return null;
    }
    return kind.isPool() ? pair(c, 3) : pair(c, 4);
  }

  /** One value or two, each in {@code [1, max]}. */
  private static int[] pair(Choices c, int max) {
    return c.chance(25) ? new int[] {1 + c.next(max), 1 + c.next(max)} : new int[] {1 + c.next(max)};
  }

  /**
   * The source of this network.
   *
   * @param text the Java source
   * @param networkLine the line of the {@code @Network} annotation
   * @param layerLines the line of each layer method, aligned with {@link #layers()}
   */
  record Source(String text, int networkLine, int[] layerLines) {}

  /** Writes the source, with the given {@code @OutputShape} per layer (null for none) and declared total (null for none). */
  Source render(int[][] expectedShapes, Long declaredParams) {
    List<String> lines = new ArrayList<>(Networks.HEADER.lines().toList());
    lines.add("");
    lines.add("@Network(input = @Input(height = " + height + ", width = " + width + ", channels = " + channels + ")"
        + (declaredParams == null ? "" : ", params = " + declaredParams + "L") + ")");
    int networkLine = lines.size();
    lines.add("public interface " + name + " {");
    int[] layerLines = new int[layers.size()];
    for (int i = 0; i < layers.size(); i++) {
      lines.add(layers.get(i).render("l" + i, expectedShapes[i]));
      layerLines[i] = lines.size();
    }
    lines.add("}");
    return new Source(String.join("\n", lines) + "\n", networkLine, layerLines);
  }
}
