package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasSeparableConv2D;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import java.util.Set;

/** Keras {@code SeparableConv2D} to {@code @SeparableConv2D}. */
public final class SeparableConv2DMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("SeparableConv2D", "SeparableConvolution2D");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasSeparableConv2D c = s.read(KerasSeparableConv2D.class);
    s.channelsLast(c.dataFormat());
    int filters = s.positive("filters", c.filters());
    int multiplier = c.depthMultiplier() == null ? 1 : s.positive("depth_multiplier", c.depthMultiplier());
    var window = s.window(s.pair("kernel_size", c.kernelSize(), 0), s.pair("strides", c.strides(), 1),
        s.pair("dilation_rate", c.dilationRate(), 1), s.padding(c.padding()));
    var activation = s.activation(c.activation());
    s.initializer("depthwise_initializer", c.depthwiseInitializer(), "depthwiseInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("pointwise_initializer", c.pointwiseInitializer(), "pointwiseInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("bias_initializer", c.biasInitializer(), "biasInitializer", Initializer.ZEROS);
    s.trainingOnly("depthwise_regularizer", c.depthwiseRegularizer());
    s.trainingOnly("pointwise_regularizer", c.pointwiseRegularizer());
    s.trainingOnly("bias_regularizer", c.biasRegularizer());
    s.trainingOnly("activity_regularizer", c.activityRegularizer());
    s.trainingOnly("depthwise_constraint", c.depthwiseConstraint());
    s.trainingOnly("pointwise_constraint", c.pointwiseConstraint());
    s.trainingOnly("bias_constraint", c.biasConstraint());
    return s.mapped(new SeparableConv2DConfig(filters, multiplier, window, activation, c.useBias() == null || c.useBias()));
  }
}
