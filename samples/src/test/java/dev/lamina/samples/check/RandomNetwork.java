package dev.lamina.samples.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random {@code @Network} declaration as Java source, built layer by layer so that it compiles:
 * each layer is drawn among the kinds the current shape accepts, and a VALID window only where it
 * fits (the test knows the formulas only to choose; the shapes it checks come from the processor and
 * libnd4j).
 *
 * @param source the interface's source
 * @param className the interface's simple name
 * @param layerNames the layers, in order
 */
public record RandomNetwork(String source, String className, List<String> layerNames) {
  private static final String[] ACTIVATIONS = {"LINEAR", "RELU", "SELU", "ELU", "LEAKY_RELU", "TANH", "SIGMOID",
      "SOFTMAX", "SOFTPLUS", "SWISH"};

  /** The network drawn from {@code seed}, declared in package {@code pkg}. */
  public static RandomNetwork draw(long seed, String pkg) {
    Random r = new Random(seed);
    String name = "Net" + Long.toHexString(seed).replace('-', 'm');
    int h = 1 + r.nextInt(12);
    int w = 1 + r.nextInt(12);
    int c = 1 + r.nextInt(3);
    String input = "@Input(height = " + h + ", width = " + w + ", channels = " + c + ")";
    int count = 1 + r.nextInt(6);
    StringBuilder body = new StringBuilder();
    List<String> names = new ArrayList<>();
    boolean flat = false;
    for (int i = 0; i < count; i++) {
      String layer = "l" + i;
      names.add(layer);
      String annotation;
      String type = "Layer";
      int kind = flat ? 8 + r.nextInt(4) : r.nextInt(12);
      if (!flat && kind >= 8 && kind <= 9) {
        kind = 10 + r.nextInt(2);
      }
      switch (kind) {
        case 0, 1, 2, 3 -> {
          Window win = Window.draw(r, h, w, kind != 3);
          String attrs = "kernelSize = {" + win.kh + ", " + win.kw + "}, strides = {" + win.sh + ", " + win.sw
              + "}, padding = Padding." + (win.same ? "SAME" : "VALID") + ", activation = ActivationFunction."
              + ACTIVATIONS[r.nextInt(ACTIVATIONS.length)] + ", useBias = " + r.nextBoolean();
          String dilation = ", dilationRate = {" + win.dh + ", " + win.dw + "}";
          int filters = 1 + r.nextInt(4);
          int multiplier = 1 + r.nextInt(2);
          switch (kind) {
            case 0 -> {
              annotation = "@Conv2D(filters = " + filters + ", " + attrs + dilation + ")";
              c = filters;
            }
            case 1 -> {
              annotation = "@SeparableConv2D(filters = " + filters + ", depthMultiplier = " + multiplier + ", " + attrs
                  + dilation + ")";
              c = filters;
            }
            case 2 -> {
              annotation = "@DepthwiseConv2D(depthMultiplier = " + multiplier + ", " + attrs + dilation + ")";
              c = c * multiplier;
            }
            default -> {
              annotation = "@Conv2DTranspose(filters = " + filters + ", " + attrs + ")";
              c = filters;
            }
          }
          h = win.outHeight(h, kind == 3);
          w = win.outWidth(w, kind == 3);
        }
        case 4, 5 -> {
          Window win = Window.draw(r, h, w, false);
          annotation = "@" + (kind == 4 ? "MaxPool" : "AvgPool") + "(poolSize = {" + win.kh + ", " + win.kw
              + "}, strides = {" + win.sh + ", " + win.sw + "}, padding = Padding." + (win.same ? "SAME" : "VALID") + ")";
          h = win.outHeight(h, false);
          w = win.outWidth(w, false);
        }
        case 6, 7 -> {
          annotation = kind == 6 ? "@BatchNorm" : "@Dropout(rate = 0.3)";
        }
        case 8, 9 -> {
          annotation = "@Dense(units = " + (1 + r.nextInt(6)) + ", activation = ActivationFunction."
              + ACTIVATIONS[r.nextInt(ACTIVATIONS.length)] + ", useBias = " + r.nextBoolean() + ")";
        }
        case 10 -> {
          if (flat) {
            annotation = "@BatchNorm";
          } else {
            annotation = "@Flatten";
            flat = true;
          }
        }
        default -> {
          if (flat) {
            annotation = "@Activation(ActivationFunction." + ACTIVATIONS[r.nextInt(ACTIVATIONS.length)] + ")";
          } else {
            annotation = r.nextBoolean() ? "@GlobalMaxPool" : "@GlobalAvgPool";
            flat = true;
          }
        }
      }
      body.append("  ").append(annotation).append('\n').append("  ").append(type).append(' ').append(layer)
          .append("();\n\n");
    }
    String source = "package " + pkg + ";\n\n"
        + "import dev.lamina.dsl.*;\n"
        + "import dev.lamina.runtime.layer.Layer;\n\n"
        + "@SuppressWarnings(\"lamina\")\n"
        + "@Network(input = " + input + ")\n"
        + "public interface " + name + " {\n" + body + "}\n";
    return new RandomNetwork(source, name, names);
  }

  /**
   * A window drawn so that it fits: VALID only where the dilated kernel fits the input, a dilation only
   * below the input's size on its axis.
   */
  private record Window(int kh, int kw, int sh, int sw, int dh, int dw, boolean same) {
    static Window draw(Random r, int h, int w, boolean dilatable) {
      int kh = 1 + r.nextInt(3);
      int kw = 1 + r.nextInt(3);
      boolean dilate = dilatable && r.nextInt(4) == 0;
      int sh = dilate ? 1 : 1 + r.nextInt(2);
      int sw = dilate ? 1 : 1 + r.nextInt(2);
      // A dilation must stay below the input's size on its axis (the processor rejects larger ones).
      int dh = dilate && h > 2 ? 2 : 1;
      int dw = dilate ? 1 + r.nextInt(2) : 1;
      if (dw >= w) {
        dw = 1;
      }
      boolean fits = dh * (kh - 1) + 1 <= h && dw * (kw - 1) + 1 <= w;
      boolean same = !fits || r.nextBoolean();
      return new Window(kh, kw, sh, sw, dh, dw, same);
    }

    int outHeight(int in, boolean transpose) {
      return length(in, kh, sh, dh, transpose);
    }

    int outWidth(int in, boolean transpose) {
      return length(in, kw, sw, dw, transpose);
    }

    private int length(int in, int k, int s, int d, boolean transpose) {
      if (transpose) {
        return same ? in * s : in * s + Math.max(k - s, 0);
      }
      return same ? (in + s - 1) / s : (in - (d * (k - 1) + 1)) / s + 1;
    }
  }
}
