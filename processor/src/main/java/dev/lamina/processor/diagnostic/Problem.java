package dev.lamina.processor.diagnostic;

import java.util.Objects;

/**
 * One thing wrong (or lossy) about a declaration, as the model finds it: which message, its
 * arguments, and where it points.
 *
 * @param message the catalogued message (its kind says error or warning)
 * @param attr the annotation attribute to point at
 * @param index the element of an array attribute to point at ({@code kernelSize = {3, 0}} points
 *     at index 1), or -1 for the whole value
 * @param text the formatted text
 */
public record Problem(Message message, Attr attr, int index, String text) {

  /** A problem pointing at a whole attribute value. */
  public static Problem at(Attr attr, Message message, Object... args) {
    return new Problem(message, attr, -1, message.format(args));
  }

  /** A problem pointing at one element of an array attribute. */
  public static Problem atElement(Attr attr, int index, Message message, Object... args) {
    return new Problem(message, attr, index, message.format(args));
  }

  public Problem {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(attr, "attr");
    Objects.requireNonNull(text, "text");
  }

  /** Whether this problem fails the compilation. */
  public boolean isError() {
    return message.kind() == Message.Kind.ERROR;
  }
}
