package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasDepthwiseConv2D;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import java.util.Set;

/** Keras {@code DepthwiseConv2D} to {@code @DepthwiseConv2D}. */
public final class DepthwiseConv2DMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("DepthwiseConv2D");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasDepthwiseConv2D c = s.read(KerasDepthwiseConv2D.class);
    s.channelsLast(c.dataFormat());
    int multiplier = c.depthMultiplier() == null ? 1 : s.positive("depth_multiplier", c.depthMultiplier());
    var window = s.window(s.pair("kernel_size", c.kernelSize(), 0), s.pair("strides", c.strides(), 1),
        s.pair("dilation_rate", c.dilationRate(), 1), s.padding(c.padding()));
    var activation = s.activation(c.activation());
    s.initializer("depthwise_initializer", c.depthwiseInitializer(), "depthwiseInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("bias_initializer", c.biasInitializer(), "biasInitializer", Initializer.ZEROS);
    s.trainingOnly("depthwise_regularizer", c.depthwiseRegularizer());
    s.trainingOnly("bias_regularizer", c.biasRegularizer());
    s.trainingOnly("activity_regularizer", c.activityRegularizer());
    s.trainingOnly("depthwise_constraint", c.depthwiseConstraint());
    s.trainingOnly("bias_constraint", c.biasConstraint());
    return s.mapped(new DepthwiseConv2DConfig(multiplier, window, activation, c.useBias() == null || c.useBias()));
  }
}
