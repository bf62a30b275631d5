package dev.lamina.cli.option;

import dev.lamina.runtime.data.augment.Factor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An augmentation amount as written on the command line, Keras's {@code factor}: one number
 * ({@code 0.1}, which each transform reads as Keras does, mostly {@code [-0.1, 0.1]}) or a range
 * {@code LOWER:UPPER} ({@code -0.1:0.2}).
 *
 * @param lower the lower bound (the number itself when single)
 * @param upper the upper bound (the number itself when single)
 * @param single whether one number was written
 */
public record FactorOption(double lower, double upper, boolean single) {
  /** The range as given: {@code (lower, upper)}. */
  public Factor range() {
    return Factor.of(lower, upper);
  }

  /** Keras's reading of a single number for rotations, zooms, translations and brightness: {@code (-f, f)}. */
  public Factor symmetric() {
    return single ? Factor.symmetric(lower) : range();
  }

  @Override
  public String toString() {
    return single ? Double.toString(lower) : lower + ":" + upper;
  }

  /** Reads {@code F} or {@code LOWER:UPPER}. */
  public static final class Converter implements ITypeConverter<FactorOption> {
    @Override
    public FactorOption convert(String value) {
      String[] parts = value.split(":", -1);
      try {
        if (parts.length == 1) {
          double f = Double.parseDouble(parts[0].strip());
          return new FactorOption(f, f, true);
        }
        if (parts.length == 2) {
          return new FactorOption(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), false);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a factor: expected a number such as 0.1 or a range"
          + " LOWER:UPPER such as -0.1:0.2");
    }
  }
}
