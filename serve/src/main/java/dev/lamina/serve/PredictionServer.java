package dev.lamina.serve;

import com.sun.net.httpserver.HttpServer;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.predict.Predictor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint for a trained network, on the JDK's {@code HttpServer}: {@code POST /predict} with an
 * image or JSON, JSON out; {@code GET /health}. What {@code lamina serve} runs; usable from any
 * application.
 *
 * <pre>{@code
 * Predictor predictor = Predictor.load(Path.of("runs/fashioncnn/best.lamina"), LaminaFashionCnn.create(0));
 * try (PredictionServer server = PredictionServer.builder(predictor).port(8080).start()) {
 *   server.awaitStop();
 * }
 * // curl --data-binary @shirt.png -H 'Content-Type: image/png' 'http://127.0.0.1:8080/predict?k=3'
 * }</pre>
 *
 * <p>Requests run on a fixed pool of {@link Builder#threads(int)} threads sharing one {@link Predictor}
 * (itself bounded by its replicas); up to {@link Builder#queue(int)} more wait in line, and beyond that the
 * accepting thread runs the request itself, which stops it accepting more until it is done: back-pressure
 * instead of unbounded memory. Bodies over {@link Builder#maxRequestBytes(int)} are refused (413) without
 * being read whole. Bad requests get a 4xx answer {@code {"error": ..., "field": ..., "status": ...}} naming
 * the field at fault: malformed JSON, a wrong number of values, NaN, a body that is not an image, an
 * unknown content type, method or path.
 */
public final class PredictionServer implements AutoCloseable {
  /** The prediction endpoint. */
  public static final String PREDICT = "/predict";
  /** The health endpoint. */
  public static final String HEALTH = "/health";

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

  private PredictionServer(HttpServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Configures a server for {@code predictor}. */
  public static Builder builder(Predictor predictor) {
    return new Builder(predictor);
  }

  /**
   * Starts a server for a checkpoint with the defaults of {@link Builder}: the entry point of
   * {@code lamina serve}. The predictor warms up (every replica, every chunk size) before the port opens.
   *
   * @param network an instance of the checkpoint's network (its own weights are not used)
   * @throws IOException if the checkpoint cannot be loaded or the port cannot be bound
   */
  public static PredictionServer serve(Path checkpoint, Model network, String host, int port) throws IOException {
    Predictor predictor = Predictor.builder(network).checkpoint(checkpoint).warmUp(true).buildLoaded();
    return builder(predictor).host(host).port(port).start();
  }

  /** The address the server listens on (with the port chosen when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Blocks until {@link #close()} is called from another thread. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops accepting, lets running requests finish for up to a second, and stops the threads. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    stopped.countDown();
  }

  /** Configures a {@link PredictionServer}. */
  public static final class Builder {
    private final Predictor predictor;
    private String host = "127.0.0.1";
    private int port = 8080;
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = 64;
    private int maxRequestBytes = 8 << 20;
    private int maxBatch = 256;

    private Builder(Predictor predictor) {
      this.predictor = Objects.requireNonNull(predictor, "predictor");
    }

    /** The address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 8080; 0 picks a free one, see {@link PredictionServer#address()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Threads handling requests (default: the number of CPUs, at least 2). */
    public Builder threads(int threads) {
      this.threads = positive("threads", threads);
      return this;
    }

    /** Requests waiting for a thread before the accepting thread runs them itself (default 64). */
    public Builder queue(int queue) {
      this.queue = positive("queue", queue);
      return this;
    }

    /** The largest request body in bytes (default 8 MiB); larger ones get 413. */
    public Builder maxRequestBytes(int maxRequestBytes) {
      this.maxRequestBytes = positive("maxRequestBytes", maxRequestBytes);
      return this;
    }

    /** The most examples in one JSON request (default 256); more get 413. */
    public Builder maxBatch(int maxBatch) {
      this.maxBatch = positive("maxBatch", maxBatch);
      return this;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws IOException if the address cannot be bound (in use, not local)
     */
    public PredictionServer start() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
      AtomicInteger count = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, "lamina-serve-" + count.incrementAndGet());
        t.setDaemon(false);
        return t;
      };
      ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(queue), factory, new ThreadPoolExecutor.CallerRunsPolicy());
      server.setExecutor(executor);
      server.createContext(PREDICT, new PredictHandler(predictor, maxRequestBytes, maxBatch));
      server.createContext(HEALTH, new HealthHandler(predictor));
      server.createContext("/", exchange -> {
        try (exchange) {
          Responses.error(exchange, 404, "path", "no such endpoint: " + exchange.getRequestURI().getPath()
              + "; POST " + PREDICT + " or GET " + HEALTH);
        }
      });
      server.start();
      return new PredictionServer(server, executor);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
