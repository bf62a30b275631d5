package dev.lamina.keras.mapping.layer;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasFlatten;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.FlattenConfig;
import java.util.Set;

/** Keras {@code Flatten} to {@code @Flatten}: both flatten NHWC row-major, so Dense kernels load unchanged. */
public final class FlattenMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("Flatten");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    s.channelsLast(s.read(KerasFlatten.class).dataFormat());
    return s.mapped(new FlattenConfig());
  }
}
