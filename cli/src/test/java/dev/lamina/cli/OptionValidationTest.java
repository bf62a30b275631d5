package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Out-of-range options are usage errors (status 2) naming the option, reported before any data is
 * loaded, any summary printed or any file written; an output directory that cannot be created says
 * why.
 */
class OptionValidationTest {
  @TempDir
  Path tmp;

  /** {@code lamina train} with {@code option value}, an output directory and a data directory that do not exist. */
  private CliRun train(String option, String value) {
    return CliRun.of("train", option, value, "-o", tmp.resolve("run").toString(), "--data-dir",
        tmp.resolve("no-data").toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-e                | -1   | --epochs must be at least 1, got -1",
      "--epochs          | 0    | --epochs must be at least 1, got 0",
      "-b                | 0    | --batch-size must be at least 1, got 0",
      "--lr              | NaN  | --learning-rate must be a positive finite number, got NaN",
      "--learning-rate   | -0.1 | --learning-rate must be a positive finite number, got -0.1",
      "--momentum        | 1.5  | --momentum must be at least 0 and less than 1, got 1.5",
      "--patience        | -1   | --patience must be at least 0, got -1",
      "--min-delta       | -1e-3 | --min-delta must be a finite number of at least 0, got -0.001",
      "--verbose         | 7    | --verbose takes 0, 1 or 2 (as Keras's verbose); found 7",
      "--train-limit     | 0    | --train-limit must be at least 1, got 0",
      "--train-limit     | -3   | --train-limit must be at least 1, got -3",
      "--validation-size | 0    | --validation-size must be between 1 and 59999, got 0",
      "--validation-size | 60000 | --validation-size must be between 1 and 59999, got 60000",
      "--validation-dir  | some/dir | --validation-dir needs --train-dir (an image folder to train on)",
      "--validation-split | 0.1 | --validation-split needs --train-dir (an image folder to train on)",
      "--test-dir        | some/dir | --test-dir needs --train-dir (an image folder to train on)",
      "--dataset         | cifar | --dataset: no dataset named 'cifar'; expected one of fashion-mnist, mnist",
      "--rotation        | abc  | Invalid value for option '--rotation': 'abc' is not a factor: expected a number such as"
          + " 0.1 or a range LOWER:UPPER such as -0.1:0.2",
      "--contrast        | 1.5  | --contrast: randomContrast's factor (lower, upper) must have both within [0, 1]"
          + " (contrast factors from 1 - lower to 1 + upper); got (1.5, 1.5)",
      "--translation     | 2    | --translation: randomTranslation's height factor is a fraction of the image's height"
          + " within [-1, 1]; got 2.0",
      "--zoom            | 0.1,0.2,0.3 | --zoom takes a height factor and optionally a width factor; found 3 values"
          + " [0.1, 0.2, 0.3]",
      "--zoom            | -1:0 | --zoom: randomZoom's height factor must stay above -1 (a zoom of 1 + factor, which"
          + " must be positive); got (-1.0, 0.0)",
      "--brightness      | 0.3:0.1 | --brightness: a factor's upper bound must be at least its lower bound, got (0.3,"
          + " 0.1)"})
  void trainRejectsOutOfRangeOptionsBeforeLoadingAnything(String option, String value, String message) {
    CliRun run = train(option, value);
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith(message), run.toString());
    assertEquals("", run.out(), "no summary printed: " + run);
    assertFalse(Files.exists(tmp.resolve("run")), "no output directory created");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--dataset mnist             | --dataset and --data-dir choose IDX data, --train-dir an image folder: give one or"
          + " the other",
      "--validation-split 1.5      | --validation-split must be between 0 and 1 (exclusive), got 1.5",
      "--validation-split 0.1 --validation-size 9 | give one of --validation-dir, --validation-split and"
          + " --validation-size, not several",
      "--validation-size 0         | --validation-size must be at least 1, got 0"})
  void imageFolderOptionsAreCheckedBeforeAnyFolderIsRead(String options, String message) {
    List<String> args = new ArrayList<>(List.of("train", "--train-dir", tmp.resolve("no-images").toString(), "-o",
        tmp.resolve("run").toString()));
    args.addAll(List.of(options.split(" ")));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith(message), run.toString());
    assertFalse(Files.exists(tmp.resolve("run")), "no output directory created");
  }

  @Test
  void anOutputDirectoryThatCannotBeCreatedSaysWhy() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
    CliRun run = CliRun.of("train", "-o", file.toString(), "--data-dir", tmp.resolve("no-data").toString());
    assertEquals(1, run.status(), run.toString());
    assertEquals("lamina train: cannot create output directory " + file + ": already exists", run.err().strip());

    CliRun below = CliRun.of("train", "-o", file.resolve("run").toString(), "--data-dir",
        tmp.resolve("no-data").toString());
    assertEquals(1, below.status(), below.toString());
    assertTrue(below.err().startsWith("lamina train: cannot create output directory " + file.resolve("run") + ": "),
        below.toString());
    assertFalse(below.err().strip().endsWith(file.resolve("run").toString()), "a reason follows the path: " + below);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "evaluate | -b                | 0  | --batch-size must be at least 1, got 0",
      "evaluate | --validation-size | -5 | --validation-size must be between 1 and 59999, got -5",
      "predict  | --first           | -1 | --first must be at least 0, got -1",
      "predict  | --count           | 0  | --count must be at least 1, got 0",
      "predict  | --count           | -2147483648 | --count must be at least 1, got -2147483648"})
  void evaluateAndPredictRejectOutOfRangeOptionsBeforeReadingTheCheckpoint(String command, String option,
      String value, String message) {
    List<String> args = new ArrayList<>(List.of(command, "-c", tmp.resolve("missing.lamina").toString(), option,
        value));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith(message), run.toString());
  }

  @Test
  void helpSaysWhatTheLimitsAre() {
    CliRun help = CliRun.of("train", "--help");
    assertEquals(0, help.status(), help.toString());
    String text = help.out().replaceAll("\\s+", " ");
    assertTrue(text.contains("--train-limit=N Train on only the first N training images after the validation"
        + " split, N >= 1 (default: all)."), text);
    assertTrue(text.contains("only it is looked in"), text);
  }
}
