package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasConv2DTranspose;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import java.util.Arrays;
import java.util.Set;

/**
 * Keras {@code Conv2DTranspose} to {@code @Conv2DTranspose}: Lamina's has no dilation and no
 * {@code output_padding} (its output is Keras's {@code deconv_output_length} without one).
 */
public final class Conv2DTransposeMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("Conv2DTranspose", "Convolution2DTranspose");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasConv2DTranspose c = s.read(KerasConv2DTranspose.class);
    s.channelsLast(c.dataFormat());
    if (c.groups() != null && c.groups() != 1) {
      throw s.unsupported("groups", c.groups(), "Lamina's @Conv2DTranspose has one group");
    }
    if (c.outputPadding() != null) {
      throw s.unsupported("output_padding", Arrays.toString(c.outputPadding()), "Lamina's @Conv2DTranspose"
          + " computes its output size as Keras does without output_padding (h*s for \"same\", h*s + max(k - s, 0)"
          + " for \"valid\")");
    }
    int[] dilation = s.pair("dilation_rate", c.dilationRate(), 1);
    if (dilation[0] != 1 || dilation[1] != 1) {
      throw s.unsupported("dilation_rate", Arrays.toString(dilation), "Lamina's @Conv2DTranspose is not dilated");
    }
    int filters = s.positive("filters", c.filters());
    var window = s.window(s.pair("kernel_size", c.kernelSize(), 0), s.pair("strides", c.strides(), 1), dilation,
        s.padding(c.padding()));
    var activation = s.activation(c.activation());
    s.initializer("kernel_initializer", c.kernelInitializer(), "kernelInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("bias_initializer", c.biasInitializer(), "biasInitializer", Initializer.ZEROS);
    s.trainingOnly("kernel_regularizer", c.kernelRegularizer());
    s.trainingOnly("bias_regularizer", c.biasRegularizer());
    s.trainingOnly("activity_regularizer", c.activityRegularizer());
    s.trainingOnly("kernel_constraint", c.kernelConstraint());
    s.trainingOnly("bias_constraint", c.biasConstraint());
    return s.mapped(new Conv2DTransposeConfig(filters, window, activation, c.useBias() == null || c.useBias()));
  }
}
