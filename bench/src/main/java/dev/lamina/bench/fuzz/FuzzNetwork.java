package dev.lamina.bench.fuzz;

import java.util.Random;

/**
 * One randomly drawn {@code @Network} declaration, as Java source. The drawing covers every layer kind
 * of the DSL with every attribute, and favours what native kernels find hard: extreme input sizes
 * (up to {@code Integer.MAX_VALUE} on an axis), strides larger than kernels, kernels larger than their
 * input, dilations, depth multipliers, every activation and initializer. It tracks the shape only to
 * draw layers that mostly fit; whether a network is valid is the processor's call.
 *
 * @param seed the seed it was drawn from
 * @param className the interface's simple name
 * @param source the compilation unit, in package {@link #PACKAGE}
 */
public record FuzzNetwork(long seed, String className, String source) {
  /** The package every drawn network is declared in. */
  public static final String PACKAGE = "fuzz";

  private static final String[] ACTIVATIONS = {"LINEAR", "RELU", "SELU", "ELU", "LEAKY_RELU", "TANH", "SIGMOID",
      "SOFTMAX", "SOFTPLUS", "SWISH"};
  private static final String[] INITIALIZERS = {"ZEROS", "ONES", "GLOROT_UNIFORM", "GLOROT_NORMAL", "HE_UNIFORM",
      "HE_NORMAL", "LECUN_UNIFORM", "LECUN_NORMAL"};
  private static final int[] EXTREME_LENGTHS = {4096, 16384, 46340, 65536, 1 << 20, Integer.MAX_VALUE};

  /** The fully qualified name of the class the processor generates for this network. */
  public String generatedClassName() {
    return PACKAGE + ".Lamina" + className;
  }

  /**
   * A hand-written network (a regression reproducer): {@code declaration} is the annotated interface,
   * which may use the DSL's types, the runtime's layer handles and the activation, padding and
   * initializer constants unqualified.
   */
  public static FuzzNetwork of(String className, String declaration) {
    return new FuzzNetwork(0, className, header() + declaration);
  }

  private static String header() {
    return "package " + PACKAGE + ";\n\n"
        + "import static dev.lamina.dsl.ActivationFunction.*;\n"
        + "import static dev.lamina.dsl.Initializer.*;\n"
        + "import static dev.lamina.dsl.Padding.*;\n\n"
        + "import dev.lamina.dsl.*;\n"
        + "import dev.lamina.runtime.layer.*;\n\n";
  }

  /** The network drawn from {@code seed}: the same seed always gives the same source. */
  public static FuzzNetwork draw(long seed) {
    Random r = new Random(seed);
    String name = "Fuzz" + Long.toHexString(seed).replace('-', 'm');
    long[] in = input(r);
    long h = in[0];
    long w = in[1];
    long c = in[2];
    StringBuilder body = new StringBuilder();
    boolean flat = false;
    int count = 1 + r.nextInt(7);
    for (int i = 0; i < count; i++) {
      String annotation;
      String type;
      String params = "";
      String previous = "l" + (i - 1);
      int kind = r.nextInt(i == 0 ? 15 : 18);
      if (flat && (kind < 11 || kind >= 15)) {
        kind = 11 + r.nextInt(4);
      }
      switch (kind) {
        case 0, 1, 2, 3, 4 -> {
          Win win = Win.draw(r, h, w, kind != 4);
          String common = win.attributes() + ", activation = " + pick(r, ACTIVATIONS) + ", useBias = " + r.nextBoolean();
          int filters = r.nextInt(10) == 0 ? 1 + r.nextInt(64) : 1 + r.nextInt(4);
          int multiplier = r.nextInt(6) == 0 ? 1 + r.nextInt(8) : 1 + r.nextInt(2);
          switch (kind) {
            case 0, 1 -> {
              annotation = "@Conv2D(filters = " + filters + ", " + common + win.dilation() + ", kernelInitializer = "
                  + pick(r, INITIALIZERS) + ", biasInitializer = " + pick(r, INITIALIZERS) + ")";
              type = "Conv2DLayer";
              c = filters;
            }
            case 2 -> {
              annotation = "@SeparableConv2D(filters = " + filters + ", depthMultiplier = " + multiplier + ", " + common
                  + win.dilation() + ", depthwiseInitializer = " + pick(r, INITIALIZERS) + ", pointwiseInitializer = "
                  + pick(r, INITIALIZERS) + ")";
              type = "SeparableConv2DLayer";
              c = filters;
            }
            case 3 -> {
              annotation = "@DepthwiseConv2D(depthMultiplier = " + multiplier + ", " + common + win.dilation()
                  + ", depthwiseInitializer = " + pick(r, INITIALIZERS) + ")";
              type = "DepthwiseConv2DLayer";
              c = c * multiplier;
            }
            default -> {
              annotation = "@Conv2DTranspose(filters = " + filters + ", " + common + ", kernelInitializer = "
                  + pick(r, INITIALIZERS) + ")";
              type = "Conv2DTransposeLayer";
              c = filters;
            }
          }
          h = win.outHeight(h, kind == 4);
          w = win.outWidth(w, kind == 4);
        }
        case 5, 6 -> {
          Win win = Win.draw(r, h, w, false);
          String strides = r.nextInt(3) == 0 ? "" : ", strides = {" + win.sh + ", " + win.sw + "}";
          if (strides.isEmpty()) {
            win = new Win(win.kh, win.kw, win.kh, win.kw, 1, 1, win.same);
          }
          annotation = "@" + (kind == 5 ? "MaxPool" : "AvgPool") + "(poolSize = {" + win.kh + ", " + win.kw + "}"
              + strides + ", padding = Padding." + (win.same ? "SAME" : "VALID") + ")";
          type = "Layer";
          h = win.outHeight(h, false);
          w = win.outWidth(w, false);
        }
        case 7 -> {
          annotation = "@BatchNorm(momentum = " + r.nextDouble() + ", epsilon = " + (r.nextBoolean() ? 1e-3 : 1e-7)
              + ", center = " + r.nextBoolean() + ", scale = " + r.nextBoolean() + ")";
          type = "BatchNormLayer";
        }
        case 8 -> {
          annotation = "@Dropout(rate = " + (r.nextInt(10) / 10.0) + ")";
          type = "Layer";
        }
        case 9 -> {
          annotation = "@Flatten";
          type = "Layer";
          flat = true;
          c = h * w * c;
          h = 1;
          w = 1;
        }
        case 10 -> {
          annotation = r.nextBoolean() ? "@GlobalMaxPool" : "@GlobalAvgPool";
          type = "Layer";
          flat = true;
        }
        case 11, 12 -> {
          if (!flat) {
            i--;
            continue;
          }
          annotation = "@Dense(units = " + (r.nextInt(8) == 0 ? 1 + r.nextInt(512) : 1 + r.nextInt(8))
              + ", activation = " + pick(r, ACTIVATIONS) + ", useBias = " + r.nextBoolean() + ", kernelInitializer = "
              + pick(r, INITIALIZERS) + ", biasInitializer = " + pick(r, INITIALIZERS) + ")";
          type = "DenseLayer";
        }
        case 13 -> {
          annotation = "@Activation(" + pick(r, ACTIVATIONS) + ")";
          type = "ActivationLayer";
        }
        case 15 -> {
          // A residual block: a shape-keeping branch merged with the block's input (which both read).
          String branch = "l" + i + "b";
          body.append("  @Conv2D(filters = " + c + ", kernelSize = " + (1 + r.nextInt(3))
              + ", padding = Padding.SAME, activation = " + pick(r, ACTIVATIONS) + ")\n  Conv2DLayer " + branch
              + "(Layer " + previous + ");\n\n");
          String[] merges = {"Add", "Subtract", "Multiply", "Average", "Maximum"};
          annotation = "@" + merges[r.nextInt(merges.length)] + "(activation = " + pick(r, ACTIVATIONS) + ")";
          type = "MergeLayer";
          params = r.nextBoolean() ? "Layer " + previous + ", Conv2DLayer " + branch
              : "Conv2DLayer " + branch + ", Layer " + previous;
        }
        case 16 -> {
          // A U-Net-like skip: pooled, up-sampled back, cropped or padded to size, concatenated.
          String pool = "l" + i + "p";
          String up = "l" + i + "u";
          String fix = "l" + i + "f";
          body.append("  @MaxPool(poolSize = 2, padding = Padding.SAME)\n  Layer " + pool + "(Layer " + previous
              + ");\n\n");
          body.append("  @UpSampling2D(size = 2, interpolation = Interpolation." + (r.nextBoolean() ? "NEAREST"
              : "BILINEAR") + ")\n  ReshapingLayer " + up + "();\n\n");
          long dh = 2 * ((h + 1) / 2) - h;
          long dw = 2 * ((w + 1) / 2) - w;
          body.append("  @Cropping2D(cropping = {0, " + dh + ", 0, " + dw + "})\n  ReshapingLayer " + fix
              + "();\n\n");
          annotation = "@Concatenate(activation = " + pick(r, ACTIVATIONS) + ")";
          type = "MergeLayer";
          params = "Layer " + previous + ", ReshapingLayer " + fix;
          c = 2 * c;
        }
        case 17 -> {
          type = "ReshapingLayer";
          int roll = r.nextInt(3);
          if (roll == 0) {
            int fh = 1 + r.nextInt(3);
            int fw = 1 + r.nextInt(3);
            annotation = "@UpSampling2D(size = {" + fh + ", " + fw + "}, interpolation = Interpolation."
                + (r.nextBoolean() ? "NEAREST" : "BILINEAR") + ")";
            h *= fh;
            w *= fw;
          } else if (roll == 1) {
            int[] m = {r.nextInt(3), r.nextInt(3), r.nextInt(3), r.nextInt(3)};
            annotation = "@ZeroPadding2D(padding = {" + m[0] + ", " + m[1] + ", " + m[2] + ", " + m[3] + "})";
            h += m[0] + m[1];
            w += m[2] + m[3];
          } else {
            int top = (int) Math.min(r.nextInt(3), Math.max(0, h - 1));
            int left = (int) Math.min(r.nextInt(3), Math.max(0, w - 1));
            annotation = "@Cropping2D(cropping = {" + top + ", 0, " + left + ", 0})";
            h -= top;
            w -= left;
          }
        }
        default -> {
          annotation = r.nextBoolean() ? "@BatchNorm" : "@Dropout(rate = 0.5)";
          type = annotation.equals("@BatchNorm") ? "BatchNormLayer" : "Layer";
        }
      }
      body.append("  ").append(annotation).append('\n').append("  ").append(type).append(" l").append(i)
          .append('(').append(params).append(");\n\n");
    }
    String source = "package " + PACKAGE + ";\n\n"
        + "import static dev.lamina.dsl.ActivationFunction.*;\n"
        + "import static dev.lamina.dsl.Initializer.*;\n\n"
        + "import dev.lamina.dsl.*;\n"
        + "import dev.lamina.runtime.layer.*;\n\n"
        + "@SuppressWarnings(\"lamina\")\n"
        + "@Network(input = @Input(height = " + in[0] + ", width = " + in[1] + ", channels = " + in[2] + "))\n"
        + "public interface " + name + " {\n" + body + "}\n";
    return new FuzzNetwork(seed, name, source);
  }

  /** {height, width, channels}: mostly small, sometimes long and thin, rarely enormous. */
  private static long[] input(Random r) {
    int roll = r.nextInt(20);
    if (roll < 13) {
      return new long[] {1 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(4)};
    }
    if (roll < 17) {
      return new long[] {1 + r.nextInt(64), 1 + r.nextInt(64), r.nextInt(4) == 0 ? 1 + r.nextInt(64) : 1 + r.nextInt(3)};
    }
    long big = EXTREME_LENGTHS[r.nextInt(EXTREME_LENGTHS.length)];
    long small = 1 + r.nextInt(3);
    return r.nextBoolean() ? new long[] {big, small, 1} : new long[] {small, big, 1};
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A window; strides and dilation only where the processor allows them together. */
  private record Win(int kh, int kw, int sh, int sw, int dh, int dw, boolean same) {
    static Win draw(Random r, long h, long w, boolean dilatable) {
      int kh = size(r);
      int kw = r.nextInt(3) == 0 ? kh : size(r);
      boolean dilate = dilatable && r.nextInt(5) == 0;
      int sh = dilate ? 1 : 1 + r.nextInt(r.nextInt(4) == 0 ? 5 : 2);
      int sw = dilate ? 1 : (r.nextInt(3) == 0 ? sh : 1 + r.nextInt(3));
      int dh = dilate ? 1 + r.nextInt(3) : 1;
      int dw = dilate ? 1 + r.nextInt(3) : 1;
      boolean fits = (long) dh * (kh - 1) + 1 <= h && (long) dw * (kw - 1) + 1 <= w;
      boolean same = !fits && r.nextInt(10) != 0 || r.nextBoolean();
      return new Win(kh, kw, sh, sw, dh, dw, same);
    }

    private static int size(Random r) {
      int roll = r.nextInt(10);
      return roll < 7 ? 1 + r.nextInt(3) : roll < 9 ? 1 + r.nextInt(7) : 1 + r.nextInt(16);
    }

    String attributes() {
      return "kernelSize = {" + kh + ", " + kw + "}, strides = {" + sh + ", " + sw + "}, padding = Padding."
          + (same ? "SAME" : "VALID");
    }

    String dilation() {
      return dh == 1 && dw == 1 ? "" : ", dilationRate = {" + dh + ", " + dw + "}";
    }

    long outHeight(long in, boolean transpose) {
      return length(in, kh, sh, dh, transpose);
    }

    long outWidth(long in, boolean transpose) {
      return length(in, kw, sw, dw, transpose);
    }

    private long length(long in, int k, int s, int d, boolean transpose) {
      if (transpose) {
        return same ? in * s : in * s + Math.max(k - s, 0);
      }
      return Math.max(1, same ? (in + s - 1) / s : (in - ((long) d * (k - 1) + 1)) / s + 1);
    }
  }
}
