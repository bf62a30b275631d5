package dev.lamina.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.samples.LaminaFashionCnn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load test of the server of a FashionCnn checkpoint on 127.0.0.1: 8 client threads of a real HTTP
 * client (java.net.http) send real Fashion-MNIST test images, as PNG and as JSON (single examples and
 * batches of 4), for at most 1,000 requests or 30 seconds; every answer must be 200 with a prediction.
 * Throughput and latency (p50, p99) are printed and written to {@code target/serve-load-test.json}; they
 * depend on the machine and are not asserted (speed belongs in benchmarks).
 */
class ServerLoadTest {
  private static final int CLIENTS = 8;
  private static final int MAX_REQUESTS = 1_000;
  private static final long MAX_NANOS = Duration.ofSeconds(30).toNanos();

  @Test
  void theServerAnswersEveryRequestUnderLoad(@TempDir Path dir) throws Exception {
    Path checkpoint = ServedCheckpoint.write(LaminaFashionCnn.create(5), dir);
    ObjectMapper json = new ObjectMapper();
    List<byte[]> pngs = ServedCheckpoint.testImagesAsPng(32);
    List<float[]> pixels = ServedCheckpoint.testPixels(32);
    List<HttpRequest> requests = new ArrayList<>();
    try (PredictionServer server = PredictionServer.serve(checkpoint, LaminaFashionCnn.create(0), "127.0.0.1", 0)) {
      URI predict = URI.create("http://127.0.0.1:" + server.address().getPort() + "/predict?k=3");
      for (int i = 0; i < pngs.size(); i++) {
        requests.add(HttpRequest.newBuilder(predict).header("Content-Type", "image/png")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pngs.get(i))).build());
        Object body = i % 2 == 0 ? pixels.get(i)
            : new float[][] {pixels.get(i), pixels.get((i + 1) % 32), pixels.get((i + 2) % 32), pixels.get((i + 3) % 32)};
        requests.add(HttpRequest.newBuilder(predict).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
      }
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      try {
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          clients.add(pool.submit(() -> {
            for (int r = next.getAndIncrement(); r < MAX_REQUESTS && System.nanoTime() - start < MAX_NANOS;
                r = next.getAndIncrement()) {
              long t = System.nanoTime();
              try {
                HttpResponse<String> answer = client.send(requests.get(r % requests.size()),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                latencies.add(System.nanoTime() - t);
                if (answer.statusCode() != 200 || !answer.body().contains("\"predictions\":[{\"class\":")) {
                  errors.add(answer.statusCode() + " " + answer.body());
                }
              } catch (Exception e) {
                errors.add(e.toString());
              }
            }
            return null;
          }));
        }
        for (Future<?> f : clients) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("network", "FashionCnn");
      figures.put("clients", CLIENTS);
      figures.put("requests", sorted.length);
      figures.put("errors", errors.size());
      figures.put("seconds", seconds);
      figures.put("requests_per_second", sorted.length / seconds);
      figures.put("p50_ms", sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6);
      figures.put("p99_ms", sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)] / 1e6);
      String report = json.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
      System.out.println("serve load test: " + report);
      Files.writeString(Path.of("target", "serve-load-test.json"), report);

      assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(5, errors.size())), errors.size() + " errors");
      assertTrue(sorted.length >= 100, "only " + sorted.length + " requests in " + String.format(Locale.ROOT,
          "%.1f", seconds) + " s: " + Arrays.toString(Arrays.copyOf(sorted, Math.min(5, sorted.length))));
    }
  }
}
