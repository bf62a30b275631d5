package dev.lamina.runtime.layer;

import dev.lamina.runtime.layer.config.Cropping2DConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.UpSampling2DConfig;
import dev.lamina.runtime.layer.config.ZeroPadding2DConfig;
import java.util.List;

/**
 * The handle of a layer that changes the height and width of its input without parameters (Keras's
 * reshaping layers): {@code @UpSampling2D}, {@code @ZeroPadding2D} or {@code @Cropping2D}.
 */
public final class ReshapingLayer extends ParameterlessLayer<LayerConfig> {
  /**
   * @param name the layer's name
   * @param inputs the layers it reads, in order (empty: the network's input)
   * @param outputShape one example's output shape
   * @param config what the layer was declared with: an {@link UpSampling2DConfig}, a
   *     {@link ZeroPadding2DConfig} or a {@link Cropping2DConfig}
   * @throws IllegalArgumentException for another kind of configuration
   */
  public ReshapingLayer(String name, List<String> inputs, int[] outputShape, LayerConfig config) {
    super(name, inputs, outputShape, checked(config));
  }

  private static LayerConfig checked(LayerConfig config) {
    if (!(config instanceof UpSampling2DConfig || config instanceof ZeroPadding2DConfig
        || config instanceof Cropping2DConfig)) {
      throw new IllegalArgumentException(
          "a reshaping layer's config is an UpSampling2DConfig, a ZeroPadding2DConfig or a Cropping2DConfig, got "
              + config);
    }
    return config;
  }
}
