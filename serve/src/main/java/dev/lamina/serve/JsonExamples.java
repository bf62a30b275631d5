package dev.lamina.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;

/**
 * Examples sent as JSON: one example or a batch, each as its {@code height * width * channels} values
 * flat (NHWC order) or nested {@code [height][width][channels]}. The nesting depth tells which: 1 one flat
 * example, 2 a batch of flat ones, 3 one nested example, 4 a batch of nested ones. Every value must be a
 * finite number; NaN and infinities are parsed (so that they can be named) and refused.
 */
final class JsonExamples {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private final int[] shape;
  private final int length;
  private final int maxBatch;

  /**
   * @param shape one example's shape, {@code {height, width, channels}}
   * @param maxBatch the most examples one request may hold
   */
  JsonExamples(int[] shape, int maxBatch) {
    this.shape = shape.clone();
    this.length = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    this.maxBatch = maxBatch;
  }

  /**
   * The examples of a JSON body.
   *
   * @throws BadRequestException 400 naming the field for malformed JSON, a wrong nesting or length, a
   *     value that is not a finite number; 413 for more than {@code maxBatch} examples
   */
  float[][] parse(byte[] body) {
    JsonNode root;
    try (JsonParser parser = JSON.createParser(body)) {
      root = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        throw new BadRequestException(400, "body", "malformed JSON: more content after the first value at line "
            + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr());
      }
    } catch (JacksonException e) {
      throw new BadRequestException(400, "body", "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new BadRequestException(400, "body", "unreadable JSON: " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new BadRequestException(400, "body", "expected a JSON array of pixel values (one example) or of"
          + " examples (a batch), found " + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()));
    }
    int depth = depth(root);
    if (depth == 1 || depth == 3) {
      return new float[][] {example(root, "body", depth)};
    }
    if (depth != 2 && depth != 4) {
      throw new BadRequestException(400, "body", "expected one example (" + length + " values, or nested "
          + Arrays.toString(shape) + ") or a batch of them; found arrays nested " + depth + " deep");
    }
    if (root.size() > maxBatch) {
      throw new BadRequestException(413, "body", "the batch has " + root.size() + " examples; the server takes at"
          + " most " + maxBatch + " per request");
    }
    float[][] batch = new float[root.size()][];
    for (int i = 0; i < batch.length; i++) {
      batch[i] = example(root.get(i), "body[" + i + "]", depth - 1);
    }
    return batch;
  }

  /** The nesting depth along the first elements: 1 for {@code [1, 2]}, 2 for {@code [[1], [2]]}. */
  private static int depth(JsonNode node) {
    int depth = 0;
    while (node != null && node.isArray()) {
      depth++;
      node = node.size() == 0 ? null : node.get(0);
    }
    return depth;
  }

  private float[] example(JsonNode node, String field, int depth) {
    float[] values = new float[length];
    if (depth == 1) {
      if (!node.isArray() || node.size() != length) {
        throw new BadRequestException(400, field, "an example has " + length + " values (" + Arrays.toString(shape)
            + ", NHWC); " + field + " has " + (node.isArray() ? node.size() : "not an array of"));
      }
      for (int i = 0; i < length; i++) {
        values[i] = value(node.get(i), field + "[" + i + "]");
      }
      return values;
    }
    int at = 0;
    requireSize(node, shape[0], field, "height");
    for (int y = 0; y < shape[0]; y++) {
      String row = field + "[" + y + "]";
      requireSize(node.get(y), shape[1], row, "width");
      for (int x = 0; x < shape[1]; x++) {
        String pixel = row + "[" + x + "]";
        JsonNode channels = node.get(y).get(x);
        requireSize(channels, shape[2], pixel, "channels");
        for (int c = 0; c < shape[2]; c++) {
          values[at++] = value(channels.get(c), pixel + "[" + c + "]");
        }
      }
    }
    return values;
  }

  private static void requireSize(JsonNode node, int size, String field, String what) {
    if (node == null || !node.isArray() || node.size() != size) {
      throw new BadRequestException(400, field, "expected an array of " + size + " (the " + what + "); " + field
          + " is " + (node == null ? "missing" : node.isArray() ? "an array of " + node.size() : node.toString()));
    }
  }

  private static float value(JsonNode node, String field) {
    if (node == null || !node.isNumber()) {
      throw new BadRequestException(400, field, field + " must be a number, found "
          + (node == null ? "nothing" : node.toString()));
    }
    double v = node.doubleValue();
    if (!Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
      throw new BadRequestException(400, field, field + " is " + node.asText() + "; inputs must be finite numbers");
    }
    return (float) v;
  }
}
