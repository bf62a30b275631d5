package dev.lamina.processor.property;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.property.NetworkOracle.ExpectedError;
import dev.lamina.processor.property.NetworkOracle.Expectation;
import dev.lamina.processor.testing.Networks;
import dev.lamina.processor.testing.SummaryRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random network declarations, valid and invalid, compiled 20 to a compilation: each one either
 * compiles with exactly the shapes, parameter counts and costs an independent oracle computes, or
 * fails with exactly the errors the oracle expects, each on its line. Nothing escapes as a crash or
 * an internal error, and no error lands anywhere else.
 */
class RandomNetworkPropertyTest {
  private static final int PER_COMPILATION = 20;
  private static final AtomicInteger VALID = new AtomicInteger();
  private static final AtomicInteger INVALID = new AtomicInteger();
  private static final Set<String> IDS = ConcurrentHashMap.newKeySet();

  @Provide
  Arbitrary<List<List<Integer>>> batches() {
    return Arbitraries.integers().between(0, 9_999).list().ofMinSize(80).ofMaxSize(160).list().ofSize(PER_COMPILATION);
  }

  /** One case: the network, what the oracle expects, and its source. */
  private record Case(RandomNetwork net, Expectation expected, RandomNetwork.Source source, JavaFileObject file) {}

  @Property(tries = 55, seed = "20261129")
  void everyNetworkCompilesAsTheOracleSays(@ForAll("batches") List<List<Integer>> batch) {
    List<Case> cases = new ArrayList<>();
    for (int k = 0; k < batch.size(); k++) {
      cases.add(prepare(RandomNetwork.generate("Net" + k, new Choices(batch.get(k)))));
    }
    Compilation compilation = Networks.compile(cases.stream().map(Case::file).toArray(JavaFileObject[]::new));
    String all = Networks.describe(compilation.diagnostics());
    assertWithMessage("internal errors in\n%s", all).that(all).doesNotContain("[LaminaInternal]");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertWithMessage("error outside the networks' sources: %s", error)
          .that(cases.stream().anyMatch(c -> sameFile(error.getSource(), c.file()))).isTrue();
    }
    for (Case c : cases) {
      check(c, compilation);
    }
  }

  @AfterContainer
  static void bothOutcomesAreCommon() {
    assertWithMessage("valid networks").that(VALID.get()).isAtLeast(250);
    assertWithMessage("invalid networks").that(INVALID.get()).isAtLeast(250);
    assertWithMessage("networks compiled").that(VALID.get() + INVALID.get()).isAtLeast(1_000);
    assertWithMessage("error ids met").that(IDS).containsAtLeast("LaminaInvalidValue", "LaminaWindowTooLarge",
        "LaminaSpatialAfterFlat", "LaminaMissingFlatten", "LaminaOutputShape", "LaminaParamCount", "LaminaReturnType",
        "LaminaMethodParameters", "LaminaNoLayerAnnotation", "LaminaDilationStrides");
  }

  /** Asks the oracle for shapes, adds {@code @OutputShape} and {@code params} assertions, asks again. */
  private static Case prepare(RandomNetwork net) {
    int n = net.layers().size();
    Expectation plain = NetworkOracle.evaluate(net, new int[n][], null);
    int[][] asserted = new int[n][];
    for (int i = 0; i < n; i++) {
      long[] shape = plain.shapes()[i];
      if (shape != null && net.shapeAssertions()[i] > 0) {
        asserted[i] = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
          asserted[i][d] = (int) shape[d];
        }
        if (net.shapeAssertions()[i] == 2) {
          asserted[i][asserted[i].length - 1]++;
        }
      }
    }
    Long params = plain.complete() && net.paramsAssertion() > 0
        ? plain.total() + (net.paramsAssertion() == 2 ? 1 : 0) : null;
    Expectation expected = NetworkOracle.evaluate(net, asserted, params);
    RandomNetwork.Source source = net.render(asserted, params);
    return new Case(net, expected, source, JavaFileObjects.forSourceString("test." + net.name(), source.text()));
  }

  private static void check(Case c, Compilation compilation) {
    List<String> found = compilation.errors().stream().filter(e -> sameFile(e.getSource(), c.file()))
        .map(e -> e.getLineNumber() + " " + id(e)).sorted().collect(Collectors.toList());
    List<String> expected = c.expected().errors().stream().map(e -> line(c, e) + " " + e.id()).sorted()
        .collect(Collectors.toList());
    String context = c.source().text() + "\n" + Networks.describe(compilation.diagnostics());
    assertWithMessage("errors (line and id) of\n%s", context).that(found).isEqualTo(expected);
    c.expected().errors().forEach(e -> IDS.add(e.id()));
    if (c.expected().valid()) {
      VALID.incrementAndGet();
      String note = Networks.summaryNote(compilation, c.net().name());
      List<NetworkOracle.Row> rows = SummaryRows.parse(note).stream()
          .map(r -> new NetworkOracle.Row(r.name(), r.type(), r.shape(), r.params(), r.macs())).toList();
      assertWithMessage("summary of\n%s\n%s", c.source().text(), note).that(rows).isEqualTo(c.expected().rows());
      assertWithMessage("total of\n%s", note).that(SummaryRows.total(note)).isEqualTo(c.expected().total());
    } else {
      INVALID.incrementAndGet();
    }
  }

  private static long line(Case c, ExpectedError e) {
    return e.layer() == NetworkOracle.NETWORK ? c.source().networkLine() : c.source().layerLines()[e.layer()];
  }

  /** The bracketed id of a Lamina message; the whole text of any other (which then fails the comparison). */
  private static String id(Diagnostic<? extends JavaFileObject> d) {
    String text = d.getMessage(null);
    return text.startsWith("[Lamina") ? text.substring(1, text.indexOf(']')) : text;
  }

  private static boolean sameFile(JavaFileObject a, JavaFileObject b) {
    return a != null && Objects.equals(a.toUri(), b.toUri());
  }
}
