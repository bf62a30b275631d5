package dev.lamina.keras.generate;

import java.util.ArrayList;
import java.util.List;

/** Line layout for generated source: javadoc paragraphs and annotations wrapped at {@link #WIDTH}. */
final class SourceText {
  /** The longest line written, as in Lamina's own sources. */
  static final int WIDTH = 110;

  private SourceText() {}

  /**
   * A javadoc comment at {@code indent}: one line when it fits, otherwise paragraphs ({@code <p>} from
   * the second on) wrapped at word boundaries.
   */
  static void javadoc(StringBuilder out, String indent, List<String> paragraphs) {
    if (paragraphs.size() == 1 && (indent + "/** " + paragraphs.get(0) + " */").length() <= WIDTH) {
      out.append(indent).append("/** ").append(paragraphs.get(0)).append(" */\n");
      return;
    }
    out.append(indent).append("/**\n");
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append(indent).append(" *\n");
      }
      String text = (i > 0 ? "<p>" : "") + paragraphs.get(i);
      for (String line : wrap(text, WIDTH - indent.length() - 3)) {
        out.append(indent).append(" * ").append(line).append('\n');
      }
    }
    out.append(indent).append(" */\n");
  }

  /** {@code @Name(a = 1, b = 2)} on one line, or its attributes wrapped with a 4-space continuation. */
  static void annotation(StringBuilder out, String indent, String name, List<String> attributes) {
    String oneLine = "@" + name + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")");
    if ((indent + oneLine).length() <= WIDTH) {
      out.append(indent).append(oneLine).append('\n');
      return;
    }
    StringBuilder line = new StringBuilder(indent).append('@').append(name).append('(');
    for (int i = 0; i < attributes.size(); i++) {
      String piece = attributes.get(i) + (i < attributes.size() - 1 ? "," : ")");
      if (line.length() + piece.length() + 1 > WIDTH && !line.toString().endsWith("(")) {
        out.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(indent).append("    ");
      }
      line.append(piece).append(' ');
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Words of at most {@code width} characters a line; a {@code {@code ...}} span is never broken. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (c == ' ' && depth == 0) {
        words.add(word.toString());
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    words.add(word.toString());
    return words;
  }
}
