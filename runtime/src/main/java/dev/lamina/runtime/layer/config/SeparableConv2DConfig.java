package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Objects;

/**
 * A {@code @SeparableConv2D} layer (Keras {@code SeparableConv2D}): a depthwise convolution
 * {@code [kH, kW, inChannels, depthMultiplier]} over the window, then a pointwise one
 * {@code [1, 1, inChannels * depthMultiplier, filters]}.
 *
 * @param filters output channels
 * @param depthMultiplier depthwise outputs per input channel
 * @param window the depthwise kernel's size, strides, dilation rate and padding
 * @param activation the declared activation
 * @param useBias whether the layer adds a bias {@code [filters]}
 */
public record SeparableConv2DConfig(int filters, int depthMultiplier, Window2D window, ActivationFunction activation,
    boolean useBias) implements LayerConfig {
  public SeparableConv2DConfig {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "SeparableConv2D";
  }
}
