package dev.lamina.serve;

/**
 * A request the server refuses, with the HTTP status to answer, the request field at fault and why.
 * Answered as {@code {"error": message, "field": field}}.
 */
final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  /**
   * @param status the 4xx status
   * @param field the part of the request at fault: {@code body}, {@code body[2][14]}, {@code k}, a header
   * @param message what is wrong and what was expected
   */
  BadRequestException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}
