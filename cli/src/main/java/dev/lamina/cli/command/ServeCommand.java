package dev.lamina.cli.command;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.option.CheckpointOptions;
import dev.lamina.runtime.predict.Predictor;
import dev.lamina.runtime.predict.PredictorBuilder;
import dev.lamina.serve.PredictionServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina serve}: an HTTP endpoint for a checkpoint, {@link PredictionServer} ({@code POST /predict}
 * with an image or JSON, {@code GET /health}). Images are scaled as the run's {@code preprocessing.json}
 * says (beside the checkpoint, or {@code --preprocessing FILE}, or {@code --run-dir DIR}); its class names,
 * when it has them, label the predictions. Runs until interrupted (Ctrl-C, SIGINT or SIGTERM: the server
 * stops accepting, lets running requests finish and the command returns 0), or until the thread running
 * it is interrupted (for embedding and tests).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a checkpoint over HTTP: POST /predict (an image or JSON), GET /health.")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @ArgGroup(exclusive = true)
  PreprocessingSource preprocessing;

  /** Where the image scaling comes from, when not from beside the checkpoint. */
  static final class PreprocessingSource {
    @Option(names = "--preprocessing", paramLabel = "FILE",
        description = "The preprocessing.json that says how images are scaled (default: the one beside the checkpoint).")
    Path file;

    @Option(names = "--run-dir", paramLabel = "DIR",
        description = "A run directory whose preprocessing.json to use (default: the checkpoint's directory).")
    Path runDir;
  }

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "The port, 0 to 65535; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads handling requests, at least 1 (default: one per CPU, at least 2).")
  Integer threads;

  @Option(names = "--replicas", paramLabel = "N",
      description = "Copies of the network, hence forward passes at once, at least 1 (default: one per CPU).")
  Integer replicas;

  @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "8388608",
      description = "The largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}, 8 MiB).")
  int maxRequestBytes;

  @Option(names = "--max-batch", paramLabel = "N", defaultValue = "256",
      description = "The most examples in one JSON request; more get 413 (default: ${DEFAULT-VALUE}).")
  int maxBatch;

  @Override
  public Integer call() throws Exception {
    OptionChecks check = new OptionChecks(spec.commandLine()).between("--port", port, 0, 65535)
        .atLeast("--max-request-bytes", maxRequestBytes, 1).atLeast("--max-batch", maxBatch, 1);
    if (threads != null) {
      check.atLeast("--threads", threads, 1);
    }
    if (replicas != null) {
      check.atLeast("--replicas", replicas, 1);
    }
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    PredictorBuilder builder = Predictor.builder(loaded.model()).warmUp(true);
    if (replicas != null) {
      builder.replicas(replicas);
    }
    Optional<Path> file = preprocessingFile(check);
    if (file.isPresent()) {
      Preprocessing p = Preprocessing.read(file.get());
      builder.preprocessing(p.imagePreprocessing());
      List<String> names = p.classNames();
      int[] output = loaded.model().outputShape();
      if (names != null && output.length == 1 && output[0] == names.size()) {
        builder.classNames(names);
      }
    } else {
      out.println("note: no " + Preprocessing.FILE_NAME + " beside " + checkpoint.file()
          + ": images are given to the network as raw pixel values 0..255");
    }
    Predictor predictor = builder.buildLoaded();
    PredictionServer.Builder server = PredictionServer.builder(predictor).host(host).port(port)
        .maxRequestBytes(maxRequestBytes).maxBatch(maxBatch);
    if (threads != null) {
      server.threads(threads);
    }
    CountDownLatch finished = new CountDownLatch(1);
    try (PredictionServer running = server.start()) {
      Thread hook = new Thread(() -> {
        running.close();
        try {
          finished.await(10, TimeUnit.SECONDS); // let the command print that it stopped
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "lamina-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      InetSocketAddress address = running.address();
      String base = "http://" + hostForUrl(address) + ":" + address.getPort();
      out.println("Serving " + loaded.network().name() + " (" + checkpoint.file() + ") on " + base
          + PredictionServer.PREDICT + " (health: " + base + PredictionServer.HEALTH + "); Ctrl-C stops");
      out.flush();
      try {
        running.awaitStop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook is running
        }
      }
    }
    out.println("Stopped serving " + loaded.network().name());
    out.flush();
    finished.countDown();
    return 0;
  }

  /** The preprocessing file asked for, or the one beside the checkpoint, if it exists. */
  private Optional<Path> preprocessingFile(OptionChecks check) {
    if (preprocessing != null && preprocessing.file != null) {
      if (!Files.isRegularFile(preprocessing.file)) {
        throw check.fail("--preprocessing " + preprocessing.file + ": no such file");
      }
      return Optional.of(preprocessing.file);
    }
    if (preprocessing != null && preprocessing.runDir != null) {
      Path inDir = preprocessing.runDir.resolve(Preprocessing.FILE_NAME);
      if (!Files.isRegularFile(inDir)) {
        throw check.fail("--run-dir " + preprocessing.runDir + " holds no " + Preprocessing.FILE_NAME);
      }
      return Optional.of(inDir);
    }
    return Optional.ofNullable(Preprocessing.besidesFile(checkpoint.file())).filter(Files::isRegularFile);
  }

  private static String hostForUrl(InetSocketAddress address) {
    String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
