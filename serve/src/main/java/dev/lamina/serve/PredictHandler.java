package dev.lamina.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.lamina.runtime.predict.ClassScore;
import dev.lamina.runtime.predict.Classification;
import dev.lamina.runtime.predict.Predictor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /predict}: an image (any {@code image/*} or {@code application/octet-stream} body: PNG,
 * JPEG, BMP, GIF) or JSON ({@code application/json}; see {@link JsonExamples}); {@code ?k=3} sets how many
 * classes to list (default 5). Answers {@code {"network": ..., "predictions": [...]}}, one entry per
 * example: for a classifier {@code class}, {@code label}, {@code probability}, {@code probabilities} and
 * {@code top} (the k most probable), otherwise {@code shape} and {@code output} (the values, C order).
 */
final class PredictHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PredictHandler.class);
  private static final int DEFAULT_K = 5;

  private final Predictor predictor;
  private final JsonExamples json;
  private final int maxBytes;

  PredictHandler(Predictor predictor, int maxBytes, int maxBatch) {
    this.predictor = predictor;
    this.json = new JsonExamples(predictor.inputShape(), maxBatch);
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        Responses.json(exchange, 200, answer(exchange));
      } catch (BadRequestException e) {
        if (e.status() == 405) {
          exchange.getResponseHeaders().set("Allow", "POST");
        }
        drain(exchange);
        Responses.error(exchange, e.status(), e.field(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("prediction failed", e);
        Responses.error(exchange, 500, null, "the prediction failed: " + e);
      }
    }
  }

  private Map<String, Object> answer(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(PredictionServer.PREDICT)) {
      throw new BadRequestException(404, "path", "no such endpoint: " + exchange.getRequestURI().getPath()
          + "; POST to " + PredictionServer.PREDICT);
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      throw new BadRequestException(405, "method", PredictionServer.PREDICT + " takes POST, not "
          + exchange.getRequestMethod());
    }
    int k = k(exchange.getRequestURI().getRawQuery());
    String type = contentType(exchange);
    byte[] body = RequestBody.read(exchange, maxBytes);
    List<Object> predictions = new ArrayList<>();
    if (type.equals("application/json")) {
      float[][] examples = json.parse(body);
      if (predictor.classifier()) {
        predictor.classify(examples, k).forEach(c -> predictions.add(classification(c)));
      } else {
        for (float[] output : predictor.predict(examples)) {
          predictions.add(output(output));
        }
      }
    } else {
      float[] values;
      try {
        values = predictor.imageValues(body);
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(400, "body", e.getMessage());
      } catch (IllegalStateException e) {
        throw new BadRequestException(415, "Content-Type", e.getMessage() + "; send JSON");
      }
      predictions.add(predictor.classifier() ? classification(predictor.classify(values, k))
          : output(predictor.predict(values)));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("network", predictor.name());
    answer.put("predictions", predictions);
    return answer;
  }

  private static String contentType(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    String type = header == null ? "" : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.equals("application/json") || type.startsWith("image/") || type.equals("application/octet-stream")) {
      return type;
    }
    throw new BadRequestException(415, "Content-Type", "Content-Type "
        + (header == null ? "is missing" : "'" + header + "' is not accepted")
        + ": send application/json (pixel values) or an image (image/png, image/jpeg)");
  }

  private static int k(String query) {
    if (query == null) {
      return DEFAULT_K;
    }
    for (String part : query.split("&")) {
      if (part.startsWith("k=")) {
        try {
          int k = Integer.parseInt(part.substring(2));
          if (k >= 1) {
            return k;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new BadRequestException(400, "k", "k must be a whole number of at least 1, got '" + part.substring(2)
            + "'");
      }
    }
    return DEFAULT_K;
  }

  private Map<String, Object> classification(Classification c) {
    Map<String, Object> entry = new LinkedHashMap<>();
    ClassScore best = c.best();
    entry.put("class", best.index());
    entry.put("label", best.label());
    entry.put("probability", best.probability());
    entry.put("probabilities", c.probabilities());
    List<Map<String, Object>> top = new ArrayList<>();
    for (ClassScore s : c.top()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("class", s.index());
      t.put("label", s.label());
      t.put("probability", s.probability());
      top.add(t);
    }
    entry.put("top", top);
    return entry;
  }

  private Map<String, Object> output(float[] values) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("shape", predictor.outputShape());
    entry.put("output", values);
    return entry;
  }

  /**
   * Reads and drops what is left of a refused request's body, up to four times the size limit, so that the
   * client, still sending, receives the answer instead of a reset connection; a larger body is cut off.
   */
  private void drain(HttpExchange exchange) {
    try {
      RequestBody.discard(exchange, 4L * maxBytes);
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }
}
