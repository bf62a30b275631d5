package dev.lamina.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.lamina.runtime.predict.Predictor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: {@code 200 {"status": "ok", "network": ..., "input": [h, w, c], "output": [...],
 * "classes": [...]}} while the server runs.
 */
final class HealthHandler implements HttpHandler {
  private final Map<String, Object> body = new LinkedHashMap<>();

  HealthHandler(Predictor predictor) {
    body.put("status", "ok");
    body.put("network", predictor.name());
    body.put("input", predictor.inputShape());
    body.put("output", predictor.outputShape());
    body.put("classes", predictor.classNames());
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(PredictionServer.HEALTH)) {
        Responses.error(exchange, 404, "path", "no such endpoint: " + exchange.getRequestURI().getPath());
      } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.error(exchange, 405, "method", PredictionServer.HEALTH + " takes GET, not "
            + exchange.getRequestMethod());
      } else {
        Responses.json(exchange, 200, body);
      }
    }
  }
}
