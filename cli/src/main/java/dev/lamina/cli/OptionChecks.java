package dev.lamina.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Range checks of numeric options, run before a command loads data or writes anything. Each failure
 * is a {@link ParameterException} naming the option, the range expected and the value found, so
 * that picocli reports it as a usage error (status 2).
 */
public final class OptionChecks {
  private final CommandLine line;

  /** Checks reported against {@code line}'s command. */
  public OptionChecks(CommandLine line) {
    this.line = line;
  }

  /** {@code value >= min}. */
  public OptionChecks atLeast(String option, long value, long min) {
    if (value < min) {
      throw fail(option + " must be at least " + min + ", got " + value);
    }
    return this;
  }

  /** {@code min <= value <= max}. */
  public OptionChecks between(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw fail(option + " must be between " + min + " and " + max + ", got " + value);
    }
    return this;
  }

  /** A finite number greater than 0. */
  public OptionChecks positive(String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw fail(option + " must be a positive finite number, got " + value);
    }
    return this;
  }

  /** A finite number of at least 0. */
  public OptionChecks notNegative(String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw fail(option + " must be a finite number of at least 0, got " + value);
    }
    return this;
  }

  /** {@code 0 < value < 1}. */
  public OptionChecks openFraction(String option, double value) {
    if (!(value > 0 && value < 1)) {
      throw fail(option + " must be between 0 and 1 (exclusive), got " + value);
    }
    return this;
  }

  /** {@code 0 <= value < 1}. */
  public OptionChecks fraction(String option, double value) {
    if (!(value >= 0 && value < 1)) {
      throw fail(option + " must be at least 0 and less than 1, got " + value);
    }
    return this;
  }

  /** A usage error with {@code message}, to be thrown. */
  public ParameterException fail(String message) {
    return new ParameterException(line, message);
  }
}
