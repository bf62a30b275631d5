package dev.lamina.keras.mapping.layer;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasDropout;
import dev.lamina.keras.config.KerasJson;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.DropoutConfig;
import java.util.Set;

/** Keras {@code Dropout} to {@code @Dropout}: the same rate; one mask value per element (no {@code noise_shape}). */
public final class DropoutMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("Dropout");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasDropout c = s.read(KerasDropout.class);
    if (KerasJson.present(c.noiseShape())) {
      throw s.unsupported("noise_shape", c.noiseShape(), "Lamina's @Dropout draws one mask value per element");
    }
    if (c.rate() == null || !(c.rate() >= 0 && c.rate() < 1)) {
      throw s.malformed("rate=" + c.rate() + "; expected a rate in [0, 1)");
    }
    if (c.seed() != null) {
      s.note("seed " + c.seed() + ": Lamina derives dropout masks from the training seed");
    }
    return s.mapped(new DropoutConfig(c.rate()));
  }
}
