package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.cli.data.IdxDataset;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.samples.LaminaFashionCnn;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine;

/**
 * {@code lamina serve} run in-process through picocli on an (untrained) {@code FashionCnn} checkpoint and
 * its run's {@code preprocessing.json}, on an ephemeral port of 127.0.0.1, answered by the JDK's
 * {@code HttpClient}: health, JSON and PNG predictions equal to the checkpoint's own forward pass with
 * the run's scaling, a 413 over {@code --max-request-bytes}, and a clean stop; and the tool in a JVM of its
 * own, stopped by SIGINT after it printed that it stopped serving.
 */
class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("on (http://127\\.0\\.0\\.1:(\\d+))/predict ");
  private static final double MEAN = 72.94;
  private static final double STD = 90.02;

  @TempDir
  Path tmp;

  @Test
  void servesTheCheckpointUntilInterrupted() throws Exception {
    Path run = Files.createDirectories(tmp.resolve("run"));
    Path checkpoint = run.resolve("best.lamina");
    Model model = LaminaFashionCnn.create(7);
    Checkpoints.save(checkpoint, model, null, 1, 7);
    Preprocessing.idx(IdxDataset.FASHION_MNIST, Preprocessing.STANDARDIZE, StandardScaler.of(MEAN, STD), 5000, 0,
        FashionMnist.CLASS_NAMES).writeTo(run);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = LaminaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    AtomicInteger status = new AtomicInteger(-1);
    Thread server = new Thread(() -> status.set(cli.execute("serve", "--checkpoint", checkpoint.toString(),
        "--network", "FashionCnn", "--port", "0", "--threads", "2", "--replicas", "2", "--max-request-bytes", "20000")),
        "serve-command-test");
    server.start();
    try {
      String base = awaitUrl(out, err, server);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      assertEquals("FashionCnn", json(health.body()).get("network").asText(), health.body());

      // JSON: one flat example, already scaled; the answer is the checkpoint's forward pass.
      float[] example = new float[784];
      for (int i = 0; i < example.length; i++) {
        example[i] = (float) Math.sin(i * 0.37) * 1.5f;
      }
      HttpResponse<String> predicted = post(http, base, "application/json", Arrays.toString(example).getBytes());
      assertEquals(200, predicted.statusCode(), predicted.body());
      float[] expected = model.predict(Nd4j.create(example, new long[] {1, 28, 28, 1}, 'c').castTo(DataType.FLOAT))
          .reshape(10).toFloatVector();
      JsonNode first = json(predicted.body()).get("predictions").get(0);
      assertProbabilities(expected, first.get("probabilities"));
      int best = argMax(expected);
      assertEquals(best, first.get("class").asInt());
      assertEquals(FashionMnist.CLASS_NAMES.get(best), first.get("label").asText(), "the run's class names label it");

      // A PNG: grayed, resized to 28x28 and scaled by the run's mean and std before the forward pass.
      BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      float[] scaled = new float[784];
      for (int y = 0; y < 28; y++) {
        for (int x = 0; x < 28; x++) {
          int v = (x * 9 + y * 5) % 256;
          image.getRaster().setSample(x, y, 0, v);
          scaled[y * 28 + x] = (float) ((v - MEAN) / STD);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      HttpResponse<String> fromImage = post(http, base, "image/png", png.toByteArray());
      assertEquals(200, fromImage.statusCode(), fromImage.body());
      assertProbabilities(model.predict(Nd4j.create(scaled, new long[] {1, 28, 28, 1}, 'c')).reshape(10).toFloatVector(),
          json(fromImage.body()).get("predictions").get(0).get("probabilities"));

      HttpResponse<String> tooLarge = post(http, base, "application/json", new byte[20_001]);
      assertEquals(413, tooLarge.statusCode(), "--max-request-bytes 20000: " + tooLarge.body());

      server.interrupt();
      server.join(30_000);
      assertTrue(!server.isAlive(), "the command returns once interrupted");
      assertEquals(0, status.get(), err.toString());
      assertTrue(out.toString().contains("Stopped serving FashionCnn"), out.toString());
      assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString()), "the port is closed");
    } finally {
      server.interrupt();
      server.join(30_000);
    }
  }

  @Test
  void laminaServeStopsCleanlyOnSigint() throws Exception {
    Path checkpoint = tmp.resolve("run/best.lamina");
    Checkpoints.save(checkpoint, LaminaFashionCnn.create(3), null, 1, 3);
    Path javaProgram = Path.of(System.getProperty("java.home"), "bin", "java");
    Process lamina = new ProcessBuilder(javaProgram.toString(), "-cp", System.getProperty("java.class.path"),
        LaminaCli.class.getName(), "serve", "-c", checkpoint.toString(), "--port", "0", "--threads", "1",
        "--replicas", "1").redirectErrorStream(true).start();
    StringBuffer out = new StringBuffer();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(lamina.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          out.append(line).append('\n');
        }
      } catch (IOException e) {
        out.append(e);
      }
    });
    reader.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      String base = null;
      while (base == null && System.nanoTime() < deadline && lamina.isAlive()) {
        Matcher m = URL.matcher(out);
        if (m.find()) {
          base = m.group(1);
        } else {
          Thread.sleep(50);
        }
      }
      assertTrue(base != null, "lamina serve printed no URL:\n" + out);
      assertTrue(out.toString().contains("note: no preprocessing.json beside " + checkpoint), out.toString());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());

      Assumptions.assumeFalse(ignoresSigint(lamina.pid()), "SIGINT is ignored in this process tree (a build"
          + " started in the background by a non-interactive shell passes that on to its children): no Ctrl-C can"
          + " reach lamina serve here");
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(lamina.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor());
      assertTrue(lamina.waitFor(30, TimeUnit.SECONDS), "lamina serve ends after SIGINT:\n" + out);
      reader.join(10_000);
      assertEquals(130, lamina.exitValue(), "the status of a JVM ended by SIGINT:\n" + out);
      assertTrue(out.toString().contains("Stopped serving FashionCnn"), "the server stopped before the JVM:\n" + out);
    } finally {
      lamina.destroyForcibly();
    }
  }

  /** Whether process {@code pid} ignores SIGINT (bit 1 of the SigIgn mask in /proc/pid/status). */
  private static boolean ignoresSigint(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
      }
    }
    return false;
  }

  @Test
  void aMissingPreprocessingFileIsAUsageError() throws IOException {
    Path checkpoint = tmp.resolve("best.lamina");
    Checkpoints.save(checkpoint, LaminaFashionCnn.create(1), null, 1, 1);
    StringWriter err = new StringWriter();
    CommandLine cli = LaminaCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute("serve", "-c", checkpoint.toString(), "--port", "0", "--preprocessing",
        tmp.resolve("none.json").toString());
    assertEquals(2, status, err.toString());
    assertTrue(err.toString().startsWith("--preprocessing " + tmp.resolve("none.json") + ": no such file"), err.toString());
  }

  private static String awaitUrl(StringWriter out, StringWriter err, Thread server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(out.toString());
      if (m.find()) {
        assertTrue(Integer.parseInt(m.group(2)) > 0, "the ephemeral port chosen: " + out);
        return m.group(1);
      }
      if (!server.isAlive()) {
        throw new AssertionError("serve ended before listening:\n" + out + "\n" + err);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not print its URL within 120 s:\n" + out + "\n" + err);
  }

  private static HttpResponse<String> post(HttpClient http, String base, String type, byte[] body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/predict")).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String body) throws IOException {
    return new ObjectMapper().readTree(body);
  }

  private static void assertProbabilities(float[] expected, JsonNode actual) {
    assertEquals(expected.length, actual.size(), actual.toString());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual.get(i).asDouble(), 1e-5, "probability " + i + " of " + actual);
    }
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
