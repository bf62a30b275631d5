package dev.lamina.samples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --network FashionCnn} (the interface's name, any case) into a {@link SampleNetwork}. */
final class NetworkConverter implements ITypeConverter<SampleNetwork> {
  @Override
  public SampleNetwork convert(String value) {
    try {
      return SampleNetwork.named(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
