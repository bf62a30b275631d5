package dev.lamina.keras;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Keras-layout files written by {@code src/test/python/keras_files.py} with Debian's
 * {@code /usr/bin/python3} (python3-h5py, python3-numpy; {@code .ci/run} installs them), once per test
 * JVM, under {@code target/keras-fixtures}.
 */
final class KerasFixtures {
  static final String PYTHON = "/usr/bin/python3";
  private static final Path SCRIPT = Path.of("src/test/python/keras_files.py");
  private static final Path DIR = Path.of("target", "keras-fixtures").toAbsolutePath();
  private static boolean written;

  private KerasFixtures() {}

  /** The directory of the written files; writes them on the first call. */
  static synchronized Path dir() throws IOException, InterruptedException {
    if (!written) {
      Files.createDirectories(DIR);
      Process p = new ProcessBuilder(PYTHON, SCRIPT.toString(), DIR.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(PYTHON + " " + SCRIPT + " failed (python3-h5py and python3-numpy installed?):\n"
            + output);
      }
      written = true;
    }
    return DIR;
  }

  /** A written file, e.g. {@code conv_kinds.keras} or {@code errors/two_inputs.h5}. */
  static Path file(String name) throws IOException, InterruptedException {
    return dir().resolve(name);
  }
}
