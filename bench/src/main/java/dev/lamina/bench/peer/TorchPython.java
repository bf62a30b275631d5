package dev.lamina.bench.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Whether a PyTorch side of a benchmark can run: its script exists and the interpreter imports torch. */
public final class TorchPython {
  private TorchPython() {}

  /**
   * @param python the interpreter (Debian's {@code /usr/bin/python3} has {@code python3-torch})
   * @param script the benchmark's Python script
   * @return whether both are there; false on any error starting the interpreter
   */
  public static boolean available(String python, Path script) {
    if (!Files.isRegularFile(script)) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
