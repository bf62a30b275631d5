package dev.lamina.keras.mapping.layer;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasGlobalPooling2D;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import java.util.Set;

/** Keras {@code GlobalMaxPooling2D} and {@code GlobalAveragePooling2D} to {@code @GlobalMaxPool}, {@code @GlobalAvgPool}. */
public final class GlobalPoolingMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("GlobalMaxPooling2D", "GlobalMaxPool2D", "GlobalAveragePooling2D", "GlobalAvgPool2D");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasGlobalPooling2D c = s.read(KerasGlobalPooling2D.class);
    s.channelsLast(c.dataFormat());
    if (Boolean.TRUE.equals(c.keepdims())) {
      throw s.unsupported("keepdims", true, "Lamina's global pooling outputs [channels] (keepdims=False)");
    }
    PoolMode mode = s.layer().className().startsWith("GlobalMax") ? PoolMode.MAX : PoolMode.AVG;
    return s.mapped(new GlobalPoolingConfig(mode));
  }
}
