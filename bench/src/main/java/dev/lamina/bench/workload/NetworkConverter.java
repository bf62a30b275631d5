package dev.lamina.bench.workload;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --network cnn} (peer name, interface name or constant, any case) into a {@link BenchNetwork}. */
public final class NetworkConverter implements ITypeConverter<BenchNetwork> {
  @Override
  public BenchNetwork convert(String value) {
    try {
      return BenchNetwork.named(value.strip());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
