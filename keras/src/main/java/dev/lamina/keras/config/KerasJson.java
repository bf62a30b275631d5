package dev.lamina.keras.config;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON reader for Keras configurations: Python's {@code json.dumps} may write {@code NaN} and
 * {@code Infinity}, and Keras writes a pair such as {@code kernel_size} as a list, a single number
 * where the user passed one.
 */
public final class KerasJson {
  /** Reads Keras's JSON; settings records ignore the keys they do not declare. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private KerasJson() {}

  /** Whether a JSON value is present and not {@code null}. */
  public static boolean present(JsonNode node) {
    return node != null && !node.isNull() && !node.isMissingNode();
  }
}
