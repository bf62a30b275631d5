package dev.lamina.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.predict.Classification;
import dev.lamina.runtime.predict.Predictor;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionSegmenter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The server of a checkpoint, through a real HTTP client: answers, and a clear 4xx for each kind of bad request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PredictionServer server;
  private Predictor direct;
  private HttpClient client;
  private URI base;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    Path checkpoint = ServedCheckpoint.write(LaminaFashionCnn.create(9), dir);
    server = PredictionServer.serve(checkpoint, LaminaFashionCnn.create(0), "127.0.0.1", 0);
    direct = Predictor.load(checkpoint, LaminaFashionCnn.create(1));
    client = HttpClient.newHttpClient();
    base = URI.create("http://127.0.0.1:" + server.address().getPort());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void healthSaysWhatIsServed() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode body = JSON.readTree(r.body());
    assertEquals("ok", body.get("status").asText());
    assertEquals("FashionCnn", body.get("network").asText());
    assertEquals("[28,28,1]", body.get("input").toString());
  }

  @Test
  void aPngImageIsClassifiedAsThePredictorClassifiesItsStandardizedPixels() throws Exception {
    List<byte[]> images = ServedCheckpoint.testImagesAsPng(3);
    List<float[]> pixels = ServedCheckpoint.testPixels(3);
    for (int i = 0; i < images.size(); i++) {
      JsonNode answer = ok(post("/predict?k=3", "image/png", images.get(i)));
      JsonNode p = answer.get("predictions").get(0);
      float[] standardized = pixels.get(i).clone();
      for (int v = 0; v < standardized.length; v++) {
        standardized[v] = (float) ((standardized[v] - ServedCheckpoint.MEAN) / ServedCheckpoint.STD);
      }
      Classification expected = direct.classify(standardized, 3);
      assertEquals(expected.best().index(), p.get("class").asInt());
      assertArrayEquals(expected.probabilities(), floats(p.get("probabilities")), 1e-6f);
      assertEquals(3, p.get("top").size());
      assertEquals(expected.top().get(1).index(), p.get("top").get(1).get("class").asInt());
    }
  }

  @Test
  void jsonTakesOneExampleFlatOrNestedAndBatches() throws Exception {
    float[] a = ServedCheckpoint.testPixels(1).get(0);
    float[] b = new float[784];
    Arrays.fill(b, -0.25f);
    float[][] expected = direct.predict(new float[][] {a, b});

    JsonNode flat = ok(post("/predict", "application/json", JSON.writeValueAsBytes(a)));
    assertArrayEquals(expected[0], floats(flat.get("predictions").get(0).get("probabilities")), 1e-6f);

    float[][][] nested = new float[28][28][1];
    for (int i = 0; i < 784; i++) {
      nested[i / 28][i % 28][0] = a[i];
    }
    JsonNode nestedAnswer = ok(post("/predict", "application/json", JSON.writeValueAsBytes(nested)));
    assertArrayEquals(expected[0], floats(nestedAnswer.get("predictions").get(0).get("probabilities")), 1e-6f);

    JsonNode batch = ok(post("/predict?k=1", "application/json", JSON.writeValueAsBytes(new float[][] {a, b})));
    assertEquals(2, batch.get("predictions").size());
    assertArrayEquals(expected[1], floats(batch.get("predictions").get(1).get("probabilities")), 1e-6f);
    assertEquals(1, batch.get("predictions").get(1).get("top").size());
  }

  @Test
  void badRequestsGetA4xxNamingTheField() throws Exception {
    byte[] png = ServedCheckpoint.testImagesAsPng(1).get(0);
    float[] good = new float[784];
    String nan = JSON.writeValueAsString(good).replaceFirst("0\\.0,0\\.0", "0.0,NaN");

    error(post("/predict", "application/json", "[1, 2, ".getBytes()), 400, "body", "malformed JSON");
    error(post("/predict", "application/json", "{\"x\": 1}".getBytes()), 400, "body", "expected a JSON array");
    error(post("/predict", "application/json", JSON.writeValueAsBytes(new float[783])), 400, "body",
        "an example has 784 values");
    error(post("/predict", "application/json", JSON.writeValueAsBytes(new float[][] {good, new float[10]})), 400,
        "body[1]", "has 10");
    error(post("/predict", "application/json", nan.getBytes()), 400, "body[1]", "inputs must be finite");
    String text = JSON.writeValueAsString(good).replaceFirst("0\\.0,0\\.0", "0.0,\"two\"");
    error(post("/predict", "application/json", text.getBytes()), 400, "body[1]", "must be a number");
    error(post("/predict", "image/png", "not an image".getBytes()), 400, "body", "not an image");
    error(post("/predict", "image/png", Arrays.copyOf(png, png.length / 2)), 400, "body", "");
    error(post("/predict", "text/plain", png), 415, "Content-Type", "not accepted");
    error(post("/predict", "image/png", new byte[9 << 20]), 413, "body", "at most 8388608 bytes");
    error(post("/predict", "application/json", JSON.writeValueAsBytes(new float[300][784])), 413, "body",
        "at most 256");
    error(post("/predict?k=0", "image/png", png), 400, "k", "at least 1");
    error(client.send(HttpRequest.newBuilder(base.resolve("/predict")).GET().build(),
        HttpResponse.BodyHandlers.ofString()), 405, "method", "takes POST");
    error(client.send(HttpRequest.newBuilder(base.resolve("/nothing")).GET().build(),
        HttpResponse.BodyHandlers.ofString()), 404, "path", "no such endpoint");
    // and the server still answers
    ok(post("/predict", "image/png", png));
  }

  @Test
  void aSegmenterAnswersWithItsOutputValues(@TempDir Path other) throws Exception {
    Path checkpoint = ServedCheckpoint.write(LaminaFashionSegmenter.create(2), other);
    try (PredictionServer segmenter = PredictionServer.serve(checkpoint, LaminaFashionSegmenter.create(0),
        "127.0.0.1", 0)) {
      byte[] png = ServedCheckpoint.testImagesAsPng(1).get(0);
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + segmenter.address().getPort() + "/predict"))
          .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode p = ok(r).get("predictions").get(0);
      assertEquals("[28,28,1]", p.get("shape").toString());
      assertEquals(784, p.get("output").size());
    }
    assertEquals(10, FashionMnist.CLASS_NAMES.size());
  }

  private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(HttpResponse<String> r) throws IOException {
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static void error(HttpResponse<String> r, int status, String field, String message) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(field, body.get("field").asText(), r.body());
    assertTrue(body.get("error").asText().contains(message), r.body());
  }

  private static float[] floats(JsonNode array) {
    float[] v = new float[array.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) array.get(i).asDouble();
    }
    return v;
  }
}
