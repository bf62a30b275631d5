package dev.lamina.samples.check;

import dev.lamina.runtime.Model;
import org.nd4j.linalg.api.buffer.DataType;

/** A generated network's static {@code create(long seed, DataType dataType)}. */
@FunctionalInterface
public interface Factory {
  Model create(long seed, DataType dataType);
}
