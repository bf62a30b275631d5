package dev.lamina.bench.fuzz;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench fuzz}: a long fuzz campaign ({@link FuzzCampaign}); progress and the final figures go to
 * standard output and, with {@code --out}, to a file. Exits 0 when no network broke the compiler,
 * failed or crashed, 1 otherwise.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw random networks, compile each with Lamina's processor, and run the compiled ones (create,"
        + " forward in inference and training, backward, batch of 2) in forked JVMs, so that a native crash is"
        + " counted and named instead of killing the run. Prints drawn, compiled, rejected, run and crashed."})
public final class FuzzCommand implements Callable<Integer> {
  @Option(names = "--networks", defaultValue = "10000", paramLabel = "N",
      description = "Networks to draw (default: ${DEFAULT-VALUE}).")
  int networks;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the drawing (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
      description = "Networks per forked JVM (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--timeout", defaultValue = "1800", paramLabel = "SECONDS",
      description = "How long one forked JVM may run before it counts as hung (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a new temporary one).")
  Path work;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write progress and the final report here.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("lamina-fuzz");
    if (out != null && out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream file = out == null ? OutputStream.nullOutputStream() : new FileOutputStream(out.toFile());
        PrintStream both = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
      both.println("bench fuzz --networks " + networks + " --seed " + seed + " --batch " + batch + " (work: " + dir + ")");
      FuzzFigures figures = new FuzzCampaign(System.getProperty("java.class.path"), dir, batch, timeout, both)
          .run(seed, networks);
      both.println();
      both.println("FINAL " + figures.report());
      return figures.clean() ? 0 : 1;
    }
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int v) throws java.io.IOException {
      a.write(v);
      b.write(v);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws java.io.IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      a.flush();
      b.flush();
    }
  }
}
