package dev.lamina.cli.option;

import dev.lamina.cli.OptionChecks;
import dev.lamina.runtime.data.augment.Augmentation;
import dev.lamina.runtime.data.augment.Factor;
import dev.lamina.runtime.data.augment.FillMode;
import dev.lamina.runtime.data.augment.FlipMode;
import dev.lamina.runtime.data.augment.Interpolation;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina train}'s augmentation of the training images, with the parameters of Keras's
 * preprocessing layers ({@link Augmentation}); applied on the fly, every epoch anew, seeded by
 * {@code --seed}.
 */
public final class AugmentationOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--flip", paramLabel = "MODE",
      description = "RandomFlip: horizontal, vertical or horizontal_and_vertical, each flip with probability 1/2.")
  FlipMode flip;

  @Option(names = "--rotation", paramLabel = "FACTOR", converter = FactorOption.Converter.class,
      description = "RandomRotation: a fraction of a full turn (2 pi), F for -F to F or LOWER:UPPER; positive is"
          + " counter-clockwise (0.05 = up to 18 degrees).")
  FactorOption rotation;

  @Option(names = "--zoom", paramLabel = "HEIGHT[,WIDTH]", split = ",", hideParamSyntax = true, converter = FactorOption.Converter.class,
      description = "RandomZoom: height_factor and optional width_factor, each F (-F to F) or LOWER:UPPER; a"
          + " positive amount zooms out, a negative one in; without a width factor the aspect ratio is kept.")
  List<FactorOption> zoom;

  @Option(names = "--translation", paramLabel = "HEIGHT[,WIDTH]", split = ",", hideParamSyntax = true,
      converter = FactorOption.Converter.class,
      description = "RandomTranslation: height_factor and width_factor as fractions of the height and width, each"
          + " F (-F to F) or LOWER:UPPER (one value for both); positive moves down and right.")
  List<FactorOption> translation;

  @Option(names = "--brightness", paramLabel = "FACTOR", converter = FactorOption.Converter.class,
      description = "RandomBrightness: adds a fraction of the value range (black to white), F for -F to F or"
          + " LOWER:UPPER, within -1 and 1.")
  FactorOption brightness;

  @Option(names = "--contrast", paramLabel = "FACTOR", converter = FactorOption.Converter.class,
      description = "RandomContrast: a contrast factor from 1 - LOWER to 1 + UPPER (F for both), within 0 and 1.")
  FactorOption contrast;

  @Option(names = "--fill-mode", paramLabel = "MODE", defaultValue = "reflect",
      description = "What rotations, zooms and translations fill in: reflect, wrap, nearest or constant (black)"
          + " (default: ${DEFAULT-VALUE}).")
  FillMode fillMode;

  @Option(names = "--interpolation", paramLabel = "HOW", defaultValue = "bilinear",
      description = "bilinear or nearest (default: ${DEFAULT-VALUE}).")
  Interpolation interpolation;

  /**
   * The augmentation asked for, or empty when none was.
   *
   * @param low the scaled value of black (raw 0): the low end of the value range and the constant fill
   * @param high the scaled value of white (raw 255)
   * @throws picocli.CommandLine.ParameterException naming the option whose amount Keras would refuse
   */
  public Optional<Augmentation> build(double low, double high) {
    OptionChecks check = new OptionChecks(command.commandLine());
    Augmentation.Builder b = Augmentation.builder().fillMode(fillMode).interpolation(interpolation).fillValue(low)
        .valueRange(low, high);
    String option = "";
    try {
      if (flip != null) {
        b.randomFlip(flip);
      }
      if (rotation != null) {
        option = "--rotation";
        b.randomRotation(rotation.symmetric());
      }
      if (zoom != null) {
        option = "--zoom";
        requireOneOrTwo(check, "--zoom", zoom);
        b.randomZoom(zoom.get(0).symmetric(), zoom.size() == 2 ? zoom.get(1).symmetric() : null);
      }
      if (translation != null) {
        option = "--translation";
        requireOneOrTwo(check, "--translation", translation);
        Factor height = translation.get(0).symmetric();
        b.randomTranslation(height, translation.size() == 2 ? translation.get(1).symmetric() : height);
      }
      if (brightness != null) {
        option = "--brightness";
        b.randomBrightness(brightness.symmetric());
      }
      if (contrast != null) {
        option = "--contrast";
        b.randomContrast(contrast.range());
      }
    } catch (IllegalArgumentException e) {
      throw check.fail(option + ": " + e.getMessage());
    }
    Augmentation augmentation = b.build();
    return augmentation.isEmpty() ? Optional.empty() : Optional.of(augmentation);
  }

  private static void requireOneOrTwo(OptionChecks check, String option, List<FactorOption> values) {
    if (values.size() > 2) {
      throw check.fail(option + " takes a height factor and optionally a width factor; found " + values.size()
          + " values " + values);
    }
  }
}
