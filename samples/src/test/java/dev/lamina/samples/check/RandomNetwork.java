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
      String params = "";
      String previous = i == 0 ? null : "l" + (i - 1);
      int kind = flat ? 8 + r.nextInt(4) : r.nextInt(previous == null ? 12 : 16);
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
        case 12, 13 -> {
          // A residual block: a branch of one or two SAME convolutions keeping the shape, merged
          // with the block's input (which the merge and the branch both read: fan-out).
          String branch = layer + "b";
          body.append("  @Conv2D(filters = " + c + ", kernelSize = " + (1 + r.nextInt(3))
              + ", padding = Padding.SAME, activation = ActivationFunction.TANH)\n  Layer " + branch + "(Layer "
              + previous + ");\n\n");
          names.add(names.size() - 1, branch);
          if (r.nextBoolean()) {
            String second = layer + "c";
            body.append("  @Conv2D(filters = " + c + ", kernelSize = " + (1 + r.nextInt(3))
                + ", padding = Padding.SAME)\n  Layer " + second + "();\n\n");
            names.add(names.size() - 1, second);
            branch = second;
          }
          String[] merges = {"Add", "Subtract", "Multiply", "Average", "Maximum"};
          annotation = "@" + merges[r.nextInt(merges.length)] + "(activation = ActivationFunction."
              + ACTIVATIONS[r.nextInt(ACTIVATIONS.length)] + ")";
          params = kind == 12 ? "Layer " + previous + ", Layer " + branch : "Layer " + branch + ", Layer " + previous;
        }
        case 14 -> {
          // A concatenating block: a convolution branch and a padded-then-cropped branch joined with the
          // block's input along channels.
          String conv = layer + "b";
          int filters = 1 + r.nextInt(3);
          body.append("  @Conv2D(filters = " + filters + ", kernelSize = " + (1 + r.nextInt(3))
              + ", padding = Padding.SAME)\n  Layer " + conv + "(Layer " + previous + ");\n\n");
          names.add(names.size() - 1, conv);
          String margins = r.nextInt(3) + ", " + r.nextInt(3) + ", " + r.nextInt(3) + ", " + r.nextInt(3);
          String pad = layer + "p";
          String crop = layer + "q";
          body.append("  @ZeroPadding2D(padding = {" + margins + "})\n  Layer " + pad + "(Layer " + previous
              + ");\n\n");
          body.append("  @Cropping2D(cropping = {" + margins + "})\n  Layer " + crop + "();\n\n");
          names.add(names.size() - 1, pad);
          names.add(names.size() - 1, crop);
          annotation = "@Concatenate";
          boolean three = r.nextBoolean();
          params = three ? "Layer " + previous + ", Layer " + conv + ", Layer " + crop
              : "Layer " + crop + ", Layer " + conv;
          c = three ? c + filters + c : c + filters;
        }
        case 15 -> {
          // A reshaping layer in the chain.
          switch (r.nextInt(3)) {
            case 0 -> {
              int fh = 1 + r.nextInt(2);
              int fw = 1 + r.nextInt(2);
              annotation = "@UpSampling2D(size = {" + fh + ", " + fw + "}, interpolation = Interpolation."
                  + (r.nextBoolean() ? "NEAREST" : "BILINEAR") + ")";
              h *= fh;
              w *= fw;
            }
            case 1 -> {
              int ph = r.nextInt(3);
              int pw = r.nextInt(3);
              annotation = "@ZeroPadding2D(padding = {" + ph + ", " + pw + "})";
              h += 2 * ph;
              w += 2 * pw;
            }
            default -> {
              int top = r.nextInt(h);
              int bottom = r.nextInt(h - top);
              int left = r.nextInt(w);
              int right = r.nextInt(w - left);
              annotation = "@Cropping2D(cropping = {" + top + ", " + bottom + ", " + left + ", " + right + "})";
              h -= top + bottom;
              w -= left + right;
            }
          }
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
          .append("(").append(params).append(");\n\n");
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
