package dev.lamina.bench.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Draws random networks, compiles each with the processor in this JVM, and runs the compiled ones in
 * forked JVMs ({@link FuzzWorker}), many per JVM to spread its start-up cost, so that a native crash
 * ends a child process, never this one. A batch whose JVM dies is run again one network at a time,
 * which names the network that crashes; every fourth network runs in {@code DOUBLE} (libnd4j), the
 * others in {@code FLOAT} (oneDNN).
 */
public final class FuzzCampaign {
  private final String classPath;
  private final Path work;
  private final int batchSize;
  private final long batchTimeoutSeconds;
  private final PrintStream progress;

  private long drawn;
  private long compiled;
  private long rejected;
  private long broken;
  private long run;
  private long skipped;
  private long refused;
  private long failed;
  private long crashed;
  private final List<FuzzFailure> failures = new ArrayList<>();
  private int reported;
  private final long started = System.nanoTime();

  /** A compiled network waiting for its run, with its data type. */
  private record Pending(FuzzNetwork network, String dataType) {
    String argument() {
      return network.generatedClassName() + ":" + dataType;
    }
  }

  /** How one network's run ended in a worker. */
  private record Outcome(String kind, String detail) {}

  /**
   * @param classPath the class path with the DSL, runtime, processor and this class (for the workers)
   * @param work a directory for classes and crash logs
   * @param batchSize networks per forked JVM
   * @param batchTimeoutSeconds how long a forked JVM may run before it counts as hung (crashed)
   * @param progress receives a line after each batch
   */
  public FuzzCampaign(String classPath, Path work, int batchSize, long batchTimeoutSeconds, PrintStream progress) {
    this.classPath = classPath;
    this.work = work;
    this.batchSize = batchSize;
    this.batchTimeoutSeconds = batchTimeoutSeconds;
    this.progress = progress;
  }

  /**
   * Draws, compiles and runs {@code networks} networks from {@code seed}.
   *
   * @throws IOException if the work directory cannot be written
   */
  public FuzzFigures run(long seed, int networks) throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Pending> batch = new ArrayList<>();
    try (FuzzCompiler compiler = new FuzzCompiler(classPath, classes)) {
      for (int i = 0; i < networks; i++) {
        FuzzNetwork network = FuzzNetwork.draw(seeds.nextLong());
        drawn++;
        FuzzCompiler.Result result = compile(compiler, network);
        switch (result.outcome()) {
          case COMPILED -> {
            compiled++;
            batch.add(new Pending(network, compiled % 4 == 0 ? "DOUBLE" : "FLOAT"));
          }
          case REJECTED -> rejected++;
          case BROKEN -> {
            broken++;
            failures.add(new FuzzFailure("BROKEN", network, "", result.diagnostics()));
          }
        }
        if (batch.size() == batchSize || i == networks - 1 && !batch.isEmpty()) {
          runBatch(classes, batch);
          batch.clear();
          progress.println(progressLine());
          // Each defect as soon as it is found, so that a long run's log has it before the end.
          failures.subList(reported, failures.size()).forEach(f -> progress.println(f.describe()));
          reported = failures.size();
        }
      }
    }
    return figures();
  }

  /**
   * Compiles and runs given networks (regression reproducers) the same way as drawn ones, all in one
   * forked JVM (one at a time if it dies), in {@code dataType}.
   *
   * @throws IOException if the work directory cannot be written
   */
  public FuzzFigures run(List<FuzzNetwork> networks, String dataType) throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<Pending> batch = new ArrayList<>();
    try (FuzzCompiler compiler = new FuzzCompiler(classPath, classes)) {
      for (FuzzNetwork network : networks) {
        drawn++;
        FuzzCompiler.Result result = compile(compiler, network);
        switch (result.outcome()) {
          case COMPILED -> {
            compiled++;
            batch.add(new Pending(network, dataType));
          }
          case REJECTED -> rejected++;
          case BROKEN -> {
            broken++;
            failures.add(new FuzzFailure("BROKEN", network, "", result.diagnostics()));
          }
        }
      }
    }
    if (!batch.isEmpty()) {
      runBatch(classes, batch);
    }
    return figures();
  }

  private static FuzzCompiler.Result compile(FuzzCompiler compiler, FuzzNetwork network) {
    try {
      return compiler.compile(network.className(), network.source());
    } catch (RuntimeException e) {
      return new FuzzCompiler.Result(FuzzCompiler.Outcome.BROKEN, "javac threw " + e);
    }
  }

  private FuzzFigures figures() {
    return new FuzzFigures(drawn, compiled, rejected, broken, run, skipped, refused, failed, crashed,
        List.copyOf(failures));
  }

  private String progressLine() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    return String.format(java.util.Locale.ROOT, "[%dm%02ds] %s", seconds / 60, seconds % 60, figures().line());
  }

  private void runBatch(Path classes, List<Pending> batch) throws IOException {
    Map<Integer, Outcome> outcomes = new HashMap<>();
    String death = fork(classes, batch, outcomes);
    if (death == null) {
      record(batch, outcomes);
      return;
    }
    if (batch.size() == 1) {
      crashed++;
      failures.add(new FuzzFailure("CRASHED", batch.get(0).network(), batch.get(0).dataType(), death));
      return;
    }
    // The JVM died: run each network alone, so that the one that crashes is named.
    boolean named = false;
    for (Pending p : batch) {
      Map<Integer, Outcome> alone = new HashMap<>();
      String d = fork(classes, List.of(p), alone);
      if (d != null) {
        named = true;
        crashed++;
        failures.add(new FuzzFailure("CRASHED", p.network(), p.dataType(), d));
      } else {
        record(List.of(p), alone);
      }
    }
    if (!named) {
      Pending last = batch.get(Math.max(0, outcomes.size() - 1));
      crashed++;
      failures.add(new FuzzFailure("CRASHED", last.network(), last.dataType(),
          "the batch's JVM died (" + death + ") but no network crashes alone; this one was running"));
    }
  }

  private void record(List<Pending> batch, Map<Integer, Outcome> outcomes) {
    for (int i = 0; i < batch.size(); i++) {
      Outcome o = outcomes.get(i);
      Pending p = batch.get(i);
      switch (o == null ? "MISSING" : o.kind()) {
        case "OK" -> run++;
        case "SKIP" -> skipped++;
        case "ALLOC" -> refused++;
        default -> {
          failed++;
          failures.add(new FuzzFailure("FAILED", p.network(), p.dataType(), o == null ? "no report" : o.detail()));
        }
      }
    }
  }

  /**
   * Runs {@code batch} in a new JVM, filling {@code outcomes} by index.
   *
   * @return null if the JVM finished normally, else how it died
   */
  private String fork(Path classes, List<Pending> batch, Map<Integer, Outcome> outcomes) throws IOException {
    Path logs = Files.createDirectories(work.resolve("logs"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-CreateCoredumpOnCrash",
        "-XX:ErrorLogTimeout=10", "-XX:ErrorFile=" + logs.resolve("hs_err_%p.log"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-Dorg.bytedeco.javacpp.maxphysicalbytes=0",
        "-cp", classes + java.io.File.pathSeparator + classPath, FuzzWorker.class.getName()));
    batch.forEach(p -> command.add(p.argument()));
    Path stderr = Files.createTempFile(logs, "worker", ".err");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    int lastStarted = -1;
    boolean done = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      Thread watchdog = watchdog(process);
      String line;
      while ((line = out.readLine()) != null) {
        if (!line.startsWith(FuzzWorker.TAG)) {
          continue;
        }
        String[] parts = line.substring(FuzzWorker.TAG.length()).split(" ", 3);
        switch (parts[0]) {
          case "START" -> lastStarted = Integer.parseInt(parts[1]);
          case "DONE" -> done = true;
          default -> outcomes.put(Integer.parseInt(parts[1]), new Outcome(parts[0], parts.length > 2 ? parts[2] : ""));
        }
      }
      watchdog.interrupt();
    }
    int status;
    try {
      status = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (status == 0 && done) {
      Files.deleteIfExists(stderr);
      return null;
    }
    String frame = problematicFrame(logs, process.pid());
    String tail = tail(stderr);
    Files.deleteIfExists(stderr);
    return "exit status " + status + (status > 128 ? " (signal " + (status - 128) + ")" : "")
        + (lastStarted >= 0 ? ", while running " + batch.get(lastStarted).network().className() : "")
        + (frame.isEmpty() ? "" : ", native frame " + frame) + (tail.isEmpty() ? "" : "\nstderr: " + tail);
  }

  private Thread watchdog(Process process) {
    Thread t = new Thread(() -> {
      try {
        if (!process.waitFor(batchTimeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "fuzz-watchdog");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The "Problematic frame" line of the crash log the JVM wrote, if any. */
  private static String problematicFrame(Path logs, long pid) {
    Path log = logs.resolve("hs_err_" + pid + ".log");
    if (!Files.exists(log)) {
      return "";
    }
    try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      List<String> all = lines.limit(40).toList();
      for (int i = 0; i + 1 < all.size(); i++) {
        if (all.get(i).contains("Problematic frame")) {
          return all.get(i + 1).replaceFirst("^#\\s*", "");
        }
      }
      return "";
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
  }
}
