package dev.lamina.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing one larger than the limit without reading more than the limit. */
final class RequestBody {
  private RequestBody() {}

  /**
   * The body's bytes.
   *
   * @throws BadRequestException 413 if {@code Content-Length} or the bytes sent exceed {@code limit}, 400 if
   *     the body is empty
   */
  static byte[] read(HttpExchange exchange, int limit) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new BadRequestException(400, "Content-Length", "Content-Length is not a number: " + length);
      }
      if (declared > limit) {
        throw tooLarge(declared + " bytes", limit);
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      throw tooLarge("more than " + limit + " bytes", limit);
    }
    if (body.length == 0) {
      throw new BadRequestException(400, "body", "the request has no body: send an image (PNG or JPEG) or a JSON"
          + " array of pixel values");
    }
    return body;
  }

  private static BadRequestException tooLarge(String size, int limit) {
    return new BadRequestException(413, "body", "the request body has " + size + "; the server accepts at most "
        + limit + " bytes");
  }

  /** Reads and drops the rest of the body, at most {@code cap} bytes. */
  static void discard(HttpExchange exchange, long cap) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] buffer = new byte[1 << 16];
    long read = 0;
    for (int n; read < cap && (n = in.read(buffer)) >= 0; ) {
      read += n;
    }
  }
}
