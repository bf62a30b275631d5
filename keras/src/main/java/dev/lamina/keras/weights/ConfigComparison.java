package dev.lamina.keras.weights;

import dev.lamina.keras.mapping.Activations;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.layer.config.BatchNormConfig;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import dev.lamina.runtime.layer.config.DenseConfig;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import dev.lamina.runtime.layer.config.DropoutConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares what a Keras layer declares with what a Lamina layer was declared with ({@code Layer.config()}),
 * setting by setting under Keras's names: filters or units, kernel size, strides, dilation, padding,
 * activation, use of a bias, pooling window, batch normalization's epsilon, center and scale (these
 * change what the layer computes), and dropout's rate and batch normalization's momentum (these change
 * training only).
 */
final class ConfigComparison {
  /** One differing setting. */
  record Difference(String setting, String keras, String lamina, boolean trainingOnly) {
    String describe() {
      return setting + " " + keras + " in Keras, " + lamina + " in Lamina";
    }
  }

  private record Value(String text, boolean trainingOnly) {}

  private ConfigComparison() {}

  /** The settings that differ; both configurations are of the same kind. */
  static List<Difference> compare(LayerConfig keras, LayerConfig lamina) {
    Map<String, Value> k = settings(keras);
    Map<String, Value> l = settings(lamina);
    List<Difference> out = new ArrayList<>();
    for (Map.Entry<String, Value> e : k.entrySet()) {
      Value other = l.get(e.getKey());
      if (other != null && !Objects.equals(e.getValue().text(), other.text())) {
        out.add(new Difference(e.getKey(), e.getValue().text(), other.text(), e.getValue().trainingOnly()));
      }
    }
    return out;
  }

  private static Map<String, Value> settings(LayerConfig config) {
    Map<String, Value> s = new LinkedHashMap<>();
    if (config instanceof Conv2DConfig c) {
      s.put("filters", infer(c.filters()));
      window(s, c.window(), "kernel_size");
      activation(s, c.activation(), c.useBias());
    } else if (config instanceof SeparableConv2DConfig c) {
      s.put("filters", infer(c.filters()));
      s.put("depth_multiplier", infer(c.depthMultiplier()));
      window(s, c.window(), "kernel_size");
      activation(s, c.activation(), c.useBias());
    } else if (config instanceof DepthwiseConv2DConfig c) {
      s.put("depth_multiplier", infer(c.depthMultiplier()));
      window(s, c.window(), "kernel_size");
      activation(s, c.activation(), c.useBias());
    } else if (config instanceof Conv2DTransposeConfig c) {
      s.put("filters", infer(c.filters()));
      window(s, c.window(), "kernel_size");
      activation(s, c.activation(), c.useBias());
    } else if (config instanceof DenseConfig c) {
      s.put("units", infer(c.units()));
      activation(s, c.activation(), c.useBias());
    } else if (config instanceof PoolingConfig c) {
      window(s, c.window(), "pool_size");
    } else if (config instanceof DropoutConfig c) {
      s.put("rate", new Value(Double.toString(c.rate()), true));
    } else if (config instanceof BatchNormConfig c) {
      s.put("epsilon", infer(round(c.epsilon())));
      s.put("center", infer(c.center()));
      s.put("scale", infer(c.scale()));
      s.put("momentum", new Value(round(c.momentum()), true));
    } else if (config instanceof ActivationConfig c) {
      s.put("activation", infer("\"" + Activations.kerasName(c.activation()) + "\""));
    }
    return s;
  }

  private static void window(Map<String, Value> s, Window2D w, String sizeKey) {
    s.put(sizeKey, infer(pair(w.height(), w.width())));
    s.put("strides", infer(pair(w.strideHeight(), w.strideWidth())));
    s.put("dilation_rate", infer(pair(w.dilationHeight(), w.dilationWidth())));
    s.put("padding", infer("\"" + w.padding().name().toLowerCase(Locale.ROOT) + "\""));
  }

  private static void activation(Map<String, Value> s, dev.lamina.dsl.ActivationFunction a, boolean useBias) {
    s.put("activation", infer("\"" + Activations.kerasName(a) + "\""));
    s.put("use_bias", infer(useBias));
  }

  private static Value infer(Object value) {
    return new Value(String.valueOf(value), false);
  }

  private static String pair(int a, int b) {
    return "(" + a + ", " + b + ")";
  }

  /** Keras 2 may write a float32 setting widened to double (0.0010000000474974513): compare 7 digits. */
  private static String round(double value) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.7g", value)).stripTrailingZeros().toPlainString();
  }
}
