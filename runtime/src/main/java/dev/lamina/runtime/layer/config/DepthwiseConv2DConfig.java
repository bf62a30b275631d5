package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Objects;

/**
 * A {@code @DepthwiseConv2D} layer (Keras {@code DepthwiseConv2D}): kernel
 * {@code [kH, kW, inChannels, depthMultiplier]}, output channels {@code inChannels * depthMultiplier}.
 *
 * @param depthMultiplier outputs per input channel
 * @param window kernel size, strides, dilation rate and padding
 * @param activation the declared activation
 * @param useBias whether the layer adds a bias {@code [inChannels * depthMultiplier]}
 */
public record DepthwiseConv2DConfig(int depthMultiplier, Window2D window, ActivationFunction activation,
    boolean useBias) implements LayerConfig {
  public DepthwiseConv2DConfig {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "DepthwiseConv2D";
  }
}
