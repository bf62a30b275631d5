package dev.lamina.keras.mapping.layer;

import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasPooling2D;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.layer.config.PoolingConfig;
import java.util.Set;

/** Keras {@code MaxPooling2D} and {@code AveragePooling2D} to {@code @MaxPool} and {@code @AvgPool}. */
public final class PoolingMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("MaxPooling2D", "MaxPool2D", "AveragePooling2D", "AvgPool2D");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasPooling2D c = s.read(KerasPooling2D.class);
    s.channelsLast(c.dataFormat());
    int[] size = s.pair("pool_size", c.poolSize(), 2);
    int[] strides = c.strides() == null ? size : s.pair("strides", c.strides(), 1);
    PoolMode mode = s.layer().className().startsWith("Max") ? PoolMode.MAX : PoolMode.AVG;
    return s.mapped(new PoolingConfig(mode, s.window(size, strides, new int[] {1, 1}, s.padding(c.padding()))));
  }
}
