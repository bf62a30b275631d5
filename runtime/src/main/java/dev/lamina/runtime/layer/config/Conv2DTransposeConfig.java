package dev.lamina.runtime.layer.config;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.Window2D;
import java.util.Objects;

/**
 * A {@code @Conv2DTranspose} layer (Keras {@code Conv2DTranspose}): kernel
 * {@code [kH, kW, filters, inChannels]} (Keras's layout, output channels before input channels).
 *
 * @param filters output channels
 * @param window kernel size, strides, dilation rate and padding
 * @param activation the declared activation
 * @param useBias whether the layer adds a bias {@code [filters]}
 */
public record Conv2DTransposeConfig(int filters, Window2D window, ActivationFunction activation, boolean useBias)
    implements LayerConfig {
  public Conv2DTransposeConfig {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(activation, "activation");
  }

  @Override
  public String kerasType() {
    return "Conv2DTranspose";
  }
}
