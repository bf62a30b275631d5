package dev.lamina.keras.mapping.layer;

import dev.lamina.dsl.Initializer;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasDense;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.DenseConfig;
import java.util.Set;

/**
 * Keras {@code Dense} to {@code @Dense}. Keras applies a Dense layer to the last axis of any input;
 * Lamina's reads flat inputs only, so a Dense layer on an image is refused.
 */
public final class DenseMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("Dense");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasDense c = s.read(KerasDense.class);
    if (s.input().isSpatial()) {
      throw s.unsupported("input shape", s.input().describe(), "Lamina's @Dense reads a flat input (Keras applies"
          + " Dense to the last axis of an image); put Flatten or GlobalAveragePooling2D before it in Keras");
    }
    if (c.loraRank() != null) {
      throw s.unsupported("lora_rank", c.loraRank(), "Lamina's @Dense has no low-rank adaptation (LoRA)");
    }
    int units = s.positive("units", c.units());
    var activation = s.activation(c.activation());
    s.initializer("kernel_initializer", c.kernelInitializer(), "kernelInitializer", Initializer.GLOROT_UNIFORM);
    s.initializer("bias_initializer", c.biasInitializer(), "biasInitializer", Initializer.ZEROS);
    s.trainingOnly("kernel_regularizer", c.kernelRegularizer());
    s.trainingOnly("bias_regularizer", c.biasRegularizer());
    s.trainingOnly("activity_regularizer", c.activityRegularizer());
    s.trainingOnly("kernel_constraint", c.kernelConstraint());
    s.trainingOnly("bias_constraint", c.biasConstraint());
    return s.mapped(new DenseConfig(units, activation, c.useBias() == null || c.useBias()));
  }
}
