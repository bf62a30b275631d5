package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasConv2D;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import java.util.Set;

/** Keras {@code Conv2D} to {@code @Conv2D}: one group ({@code groups=1}), channels last. */
public final class Conv2DMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("Conv2D", "Convolution2D");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasConv2D c = s.read(KerasConv2D.class);
    s.channelsLast(c.dataFormat());
    if (c.groups() != null && c.groups() != 1) {
      throw s.unsupported("groups", c.groups(), "Lamina's @Conv2D convolves all input channels together"
          + " (groups=1); a grouped convolution has no Lamina equivalent");
    }
    int filters = s.positive("filters", c.filters());
    var window = s.window(s.pair("kernel_size", c.kernelSize(), 0), s.pair("strides", c.strides(), 1),
        s.pair("dilation_rate", c.dilationRate(), 1), s.padding(c.padding()));
    var activation = s.activation(c.activation());
    s.initializer("kernel_initializer", c.kernelInitializer(), "kernelInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("bias_initializer", c.biasInitializer(), "biasInitializer", Initializer.ZEROS);
    s.trainingOnly("kernel_regularizer", c.kernelRegularizer());
    s.trainingOnly("bias_regularizer", c.biasRegularizer());
    s.trainingOnly("activity_regularizer", c.activityRegularizer());
    s.trainingOnly("kernel_constraint", c.kernelConstraint());
    s.trainingOnly("bias_constraint", c.biasConstraint());
    return s.mapped(new Conv2DConfig(filters, window, activation, c.useBias() == null || c.useBias()));
  }
}
