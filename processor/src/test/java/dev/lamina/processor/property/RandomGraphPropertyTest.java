package dev.lamina.processor.property;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.testing.Networks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random graphs (issue 11), valid and invalid, compiled 20 to a compilation: residual merges of every
 * mode, concatenations, up-sampling, padding and cropping (with wrong value counts and margins too
 * large now and then), inputs named after earlier, later or no layers, branches left unread. The
 * processor never reports {@code [LaminaInternal]} and never crashes; every error is a catalogued one
 * on a line of the network that caused it; the networks without errors, compiled again on their own,
 * compile, each with its generated class. The run-time
 * side, that the generated code's shapes are the compile-time ones, is {@code ShapePropertyTest} in
 * lamina-samples.
 */
class RandomGraphPropertyTest {
  private static final int PER_COMPILATION = 20;
  private static final AtomicInteger VALID = new AtomicInteger();
  private static final AtomicInteger INVALID = new AtomicInteger();
  private static final AtomicInteger VALID_MERGES = new AtomicInteger();
  private static final Set<String> IDS = ConcurrentHashMap.newKeySet();
  private static final Set<String> CATALOGUE = Set.of("LaminaMergeShapes", "LaminaMergeInputs", "LaminaInputCount",
      "LaminaCropTooLarge", "LaminaMarginCount", "LaminaInvalidValue", "LaminaUnknownInput", "LaminaLaterInput",
      "LaminaDeadBranch", "LaminaSpatialAfterFlat", "LaminaMissingFlatten", "LaminaAlreadyFlat", "LaminaWindowTooLarge",
      "LaminaPairLength", "LaminaTooLarge", "LaminaInputType");
  private static final String[] MERGES = {"Add", "Subtract", "Multiply", "Average", "Maximum", "Concatenate"};

  @Property(tries = 25, seed = "20261204")
  void randomGraphsCompileOrFailWithCataloguedErrorsOnTheirOwnLines(@ForAll long seed) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int k = 0; k < PER_COMPILATION; k++) {
      files.add(JavaFileObjects.forSourceString("test.G" + k, draw("G" + k, new Random(seed * 31 + k))));
    }
    Compilation compilation = Networks.compile(files.toArray(JavaFileObject[]::new));
    String all = Networks.describe(compilation.diagnostics());
    assertWithMessage("internal errors in\n%s", all).that(all).doesNotContain("[LaminaInternal]");
    Set<Integer> failed = new HashSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      int k = indexOf(files, error.getSource());
      assertWithMessage("error outside the networks' sources: %s\n%s", error, sources(files)).that(k).isAtLeast(0);
      String text = error.getMessage(null);
      assertWithMessage("an error that is no Lamina message in\n%s", files.get(k).getName()).that(text)
          .startsWith("[Lamina");
      String id = text.substring(1, text.indexOf(']'));
      assertWithMessage("an error missing from the catalogue: %s", text).that(CATALOGUE).contains(id);
      assertWithMessage("an error without a line: %s", text).that(error.getLineNumber()).isGreaterThan(0L);
      IDS.add(id);
      failed.add(k);
    }
    List<JavaFileObject> valid = new ArrayList<>();
    List<String> validNames = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      (failed.contains(k) ? INVALID : VALID).incrementAndGet();
      if (!failed.contains(k)) {
        valid.add(files.get(k));
        validNames.add("G" + k);
        if (text(files.get(k)).contains("(Layer ")) {
          VALID_MERGES.incrementAndGet();
        }
      }
    }
    if (!valid.isEmpty()) {
      // On their own, the networks without errors compile, generated classes included.
      Compilation alone = Networks.compile(valid.toArray(JavaFileObject[]::new));
      assertWithMessage("the valid graphs on their own:\n%s\n%s", Networks.describe(alone.diagnostics()),
          sources(valid)).that(alone.errors()).isEmpty();
      for (String name : validNames) {
        assertWithMessage("Lamina%s generated", name).that(alone.generatedSourceFile("test.Lamina" + name).isPresent())
            .isTrue();
      }
    }
  }

  @AfterContainer
  static void bothOutcomesAndTheGraphErrorsAreCommon() {
    assertWithMessage("valid graphs").that(VALID.get()).isAtLeast(60);
    assertWithMessage("invalid graphs").that(INVALID.get()).isAtLeast(60);
    assertWithMessage("valid graphs with named inputs").that(VALID_MERGES.get()).isAtLeast(30);
    System.out.printf("random graphs: %d valid (%d with named inputs), %d invalid; ids %s%n", VALID.get(),
        VALID_MERGES.get(), INVALID.get(), new java.util.TreeSet<>(IDS));
    assertWithMessage("error ids met").that(IDS).containsAtLeast("LaminaMergeShapes", "LaminaMergeInputs",
        "LaminaCropTooLarge", "LaminaMarginCount", "LaminaUnknownInput", "LaminaLaterInput", "LaminaDeadBranch");
  }

  /** A random graph network: mostly shape-keeping layers, so that a good share of merges fit. */
  static String draw(String name, Random r) {
    int h = 1 + r.nextInt(10);
    int w = 1 + r.nextInt(10);
    int filters = 1 + r.nextInt(3);
    int count = 2 + r.nextInt(8);
    StringBuilder body = new StringBuilder();
    List<String> names = new ArrayList<>();
    Set<String> unread = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String layer = "l" + i;
      String previous = i == 0 ? null : names.get(i - 1);
      String annotation;
      String type;
      List<String> inputs = new ArrayList<>();
      int kind = i == 0 ? r.nextInt(5) : r.nextInt(10);
      switch (kind) {
        case 0, 1 -> {
          boolean same = r.nextInt(5) > 0;
          annotation = "@Conv2D(filters = " + (r.nextInt(6) == 0 ? 1 + r.nextInt(3) : filters) + ", kernelSize = "
              + (1 + r.nextInt(3)) + ", strides = " + (r.nextInt(6) == 0 ? 2 : 1) + ", padding = "
              + (same ? "SAME" : "VALID") + ")";
          type = "Conv2DLayer";
        }
        case 2 -> {
          annotation = "@UpSampling2D(size = " + values(r, 1 + r.nextInt(2), r.nextInt(15) == 0 ? 0 : 1, 2) + ", interpolation = Interpolation."
              + (r.nextBoolean() ? "NEAREST" : "BILINEAR") + ")";
          type = "ReshapingLayer";
        }
        case 3 -> {
          annotation = "@ZeroPadding2D(padding = " + margins(r, -1, 2) + ")";
          type = "ReshapingLayer";
        }
        case 4 -> {
          annotation = "@Cropping2D(cropping = " + margins(r, 0, r.nextInt(4) == 0 ? 4 : 1) + ")";
          type = "ReshapingLayer";
        }
        case 5 -> {
          annotation = "@MaxPool(poolSize = 2, padding = SAME)";
          type = "PoolingLayer";
        }
        default -> {
          String merge = MERGES[r.nextInt(MERGES.length)];
          annotation = "@" + merge + (merge.equals("Concatenate") || r.nextBoolean() ? "" : "(activation = RELU)");
          type = "MergeLayer";
          inputs.addAll(unread);
          int extra = r.nextInt(3);
          for (int e = 0; e < extra || inputs.size() < 2 && r.nextInt(8) > 0; e++) {
            String pick = names.get(r.nextInt(names.size()));
            if (!inputs.contains(pick)) {
              inputs.add(pick);
            }
            if (e > 6) {
              break;
            }
          }
        }
      }
      if (kind < 6 && i > 0 && r.nextInt(4) == 0) {
        inputs.add(names.get(r.nextInt(names.size()))); // a named input, maybe not the previous layer
      }
      if (r.nextInt(40) == 0 && !inputs.isEmpty()) {
        inputs.set(0, r.nextBoolean() ? "nosuch" : "l" + (i + 1 + r.nextInt(2))); // no layer, or a later one
      }
      if (r.nextInt(8) == 0) {
        type = "Layer";
      }
      StringBuilder params = new StringBuilder();
      for (String in : inputs) {
        params.append(params.length() == 0 ? "" : ", ").append("Layer ").append(in);
      }
      if (inputs.isEmpty() && previous != null) {
        unread.remove(previous);
      }
      unread.removeAll(inputs);
      unread.add(layer);
      names.add(layer);
      body.append("  ").append(annotation).append(' ').append(type).append(' ').append(layer).append('(')
          .append(params).append(");\n");
    }
    return "package test;\n\n"
        + "import dev.lamina.dsl.*;\n"
        + "import dev.lamina.runtime.layer.*;\n"
        + "import static dev.lamina.dsl.ActivationFunction.*;\n"
        + "import static dev.lamina.dsl.Padding.*;\n\n"
        + "@SuppressWarnings(\"lamina\")\n"
        + "@Network(input = @Input(height = " + h + ", width = " + w + ", channels = " + filters + "))\n"
        + "public interface " + name + " {\n" + body + "}\n";
  }

  /** 1, 2 or 4 values (now and then 3 or none: [LaminaMarginCount]) in {@code [min, max]}. */
  private static String margins(Random r, int min, int max) {
    int[] counts = {1, 2, 2, 4, 4, 3, 0};
    int n = counts[r.nextInt(r.nextInt(10) == 0 ? counts.length : counts.length - 2)];
    return values(r, n, min, max);
  }

  private static String values(Random r, int n, int min, int max) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < n; i++) {
      int v = min < 0 && r.nextInt(30) > 0 ? r.nextInt(max + 1) : min + r.nextInt(max - min + 1);
      sb.append(i == 0 ? "" : ", ").append(v);
    }
    return sb.append('}').toString();
  }

  private static int indexOf(List<JavaFileObject> files, JavaFileObject source) {
    for (int k = 0; k < files.size(); k++) {
      if (source != null && Objects.equals(source.toUri(), files.get(k).toUri())) {
        return k;
      }
    }
    return -1;
  }

  private static String sources(List<JavaFileObject> files) {
    StringBuilder sb = new StringBuilder();
    for (JavaFileObject f : files) {
      sb.append(text(f)).append('\n');
    }
    return sb.toString();
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
