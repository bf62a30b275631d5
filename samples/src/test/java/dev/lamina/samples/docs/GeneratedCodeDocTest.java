package dev.lamina.samples.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/generated-code.md} shows what the processor writes: every code block marked
 * {@code <!-- excerpt -->} appears, line for line, in the generated {@code LaminaFashionCnn.java}.
 */
class GeneratedCodeDocTest {
  private static final Path DOC = Path.of("..", "docs", "generated-code.md");
  private static final Path GENERATED =
      Path.of("target", "generated-sources", "annotations", "dev", "lamina", "samples", "LaminaFashionCnn.java");
  private static final Pattern EXCERPT = Pattern.compile("<!-- excerpt -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExcerptIsWhatTheProcessorWrites() throws IOException {
    String doc = Files.readString(DOC);
    String generated = Files.readString(GENERATED);
    List<String> excerpts = new ArrayList<>();
    Matcher m = EXCERPT.matcher(doc);
    while (m.find()) {
      excerpts.add(m.group(1));
    }
    assertTrue(excerpts.size() >= 5, "the doc marks its excerpts: found " + excerpts.size());
    for (String excerpt : excerpts) {
      assertTrue(generated.contains(excerpt), "docs/generated-code.md shows code the processor no longer writes:\n"
          + excerpt);
    }
  }
}
