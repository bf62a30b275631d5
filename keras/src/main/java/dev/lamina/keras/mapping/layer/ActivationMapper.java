package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasActivation;
import dev.lamina.keras.config.KerasJson;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.ActivationConfig;
import java.util.Set;

/**
 * Keras's activation layers to {@code @Activation}: {@code Activation(name)}, and the classes that
 * match one of Lamina's functions exactly: {@code ReLU()} (no {@code max_value}, slope or threshold),
 * {@code LeakyReLU} with slope 0.2, {@code ELU} with alpha 1.0, {@code Softmax} over the last axis.
 */
public final class ActivationMapper implements LayerMapper {
  /** Lamina's {@code LEAKY_RELU} slope ({@code keras.activations.leaky_relu}'s default). */
  private static final double LEAKY_SLOPE = 0.2;

  @Override
  public Set<String> kerasClasses() {
    return Set.of("Activation", "ReLU", "LeakyReLU", "ELU", "Softmax");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasActivation c = s.read(KerasActivation.class);
    ActivationFunction function = switch (s.layer().className()) {
      case "ReLU" -> relu(s, c);
      case "LeakyReLU" -> leaky(s, c);
      case "ELU" -> {
        if (c.alpha() != null && c.alpha() != 1.0) {
          throw s.unsupported("alpha", c.alpha(), "Lamina's ELU has alpha 1.0");
        }
        yield ActivationFunction.ELU;
      }
      case "Softmax" -> {
        if (KerasJson.present(c.axis()) && !lastAxis(c, s.input().dims().length)) {
          throw s.unsupported("axis", c.axis(), "Lamina's softmax runs over the last axis (-1)");
        }
        yield ActivationFunction.SOFTMAX;
      }
      default -> s.activation(c.activation());
    };
    return s.mapped(new ActivationConfig(function));
  }

  private static ActivationFunction relu(LayerSettings s, KerasActivation c) {
    if (c.maxValue() != null) {
      throw s.unsupported("max_value", c.maxValue(), "Lamina's RELU is unbounded (no ReLU6)");
    }
    if (c.negativeSlope() != null && c.negativeSlope() != 0) {
      throw s.unsupported("negative_slope", c.negativeSlope(), "Lamina's RELU has slope 0 below the threshold"
          + " (LEAKY_RELU has slope " + LEAKY_SLOPE + ")");
    }
    if (c.threshold() != null && c.threshold() != 0) {
      throw s.unsupported("threshold", c.threshold(), "Lamina's RELU has threshold 0");
    }
    return ActivationFunction.RELU;
  }

  private static ActivationFunction leaky(LayerSettings s, KerasActivation c) {
    Double slope = c.negativeSlope() != null ? c.negativeSlope() : c.alpha();
    String key = c.negativeSlope() != null ? "negative_slope" : "alpha";
    double value = slope == null ? 0.3 : slope;
    if (Math.abs(value - LEAKY_SLOPE) > 1e-7) {
      throw s.unsupported(key, value, "Lamina's LEAKY_RELU has slope " + LEAKY_SLOPE);
    }
    return ActivationFunction.LEAKY_RELU;
  }

  private static boolean lastAxis(KerasActivation c, int rank) {
    var axis = c.axis().isArray() && c.axis().size() == 1 ? c.axis().get(0) : c.axis();
    return axis.isInt() && (axis.asInt() == -1 || axis.asInt() == rank);
  }
}
