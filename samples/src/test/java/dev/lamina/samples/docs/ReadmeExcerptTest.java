package dev.lamina.samples.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README shows code that compiles: every code block marked {@code <!-- excerpt: PATH -->} appears,
 * line for line, in the source file at PATH (relative to the repository root), which the build compiles.
 */
class ReadmeExcerptTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern EXCERPT =
      Pattern.compile("<!-- excerpt: (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExcerptStandsInItsSourceFile() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = EXCERPT.matcher(readme);
    boolean found = false;
    while (m.find()) {
      found = true;
      Path source = ROOT.resolve(m.group(1));
      assertTrue(Files.isRegularFile(source), "README.md quotes a file that is not there: " + source);
      assertTrue(Files.readString(source).contains(m.group(2)),
          "README.md shows code that " + m.group(1) + " no longer holds:\n" + m.group(2));
    }
    assertTrue(found, "README.md marks no excerpt");
  }
}
