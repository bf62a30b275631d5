package dev.lamina.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding networks by name, and reading the service lists the processor writes. */
class NetworkRegistryTest {
  /** A provider with names only; {@code create} is not called here. */
  public static final class Named implements NetworkProvider {
    private final String qualified;

    public Named() {
      this("test.Listed");
    }

    Named(String qualified) {
      this.qualified = qualified;
    }

    @Override
    public String name() {
      return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    @Override
    public String qualifiedName() {
      return qualified;
    }

    @Override
    public Model create(long seed) {
      throw new UnsupportedOperationException();
    }
  }

  private static final Named A_CNN = new Named("a.ColourCnn");
  private static final Named B_CNN = new Named("b.ColourCnn");
  private static final Named MLP = new Named("a.Mlp");
  private static final Named OUTER_INNER = new Named("a.Outer.Inner");

  private final NetworkRegistry registry = NetworkRegistry.of(List.of(MLP, B_CNN, A_CNN, OUTER_INNER, MLP));

  @Test
  void qualifiedNamesAreSortedAndCountedOnce() {
    assertEquals(List.of(A_CNN, MLP, OUTER_INNER, B_CNN), registry.providers());
  }

  @Test
  void aUniqueSimpleNameOrAQualifiedNameFindsTheNetwork() {
    assertSame(MLP, registry.find("Mlp"));
    assertSame(MLP, registry.find("mlp"));
    assertSame(MLP, registry.find("a.Mlp"));
    assertSame(B_CNN, registry.find("b.ColourCnn"));
    assertSame(OUTER_INNER, registry.find("a.Outer.Inner"));
    assertSame(OUTER_INNER, registry.find("Inner"));
  }

  @Test
  void anAmbiguousSimpleNameListsTheCandidates() {
    UnknownNetworkException e = assertThrows(UnknownNetworkException.class, () -> registry.find("ColourCnn"));
    assertEquals("'ColourCnn' names 2 networks: a.ColourCnn, b.ColourCnn; give the qualified name", e.getMessage());
    assertTrue(e.ambiguous());
    assertEquals(List.of(A_CNN, B_CNN), e.candidates());
  }

  @Test
  void anUnknownNameListsEveryNetwork() {
    UnknownNetworkException e = assertThrows(UnknownNetworkException.class, () -> registry.find("Resnet"));
    assertEquals("no network named 'Resnet'; expected one of ColourCnn (a.ColourCnn), Mlp (a.Mlp), Inner"
        + " (a.Outer.Inner), ColourCnn (b.ColourCnn)", e.getMessage());
    assertFalse(e.ambiguous());
    UnknownNetworkException none = assertThrows(UnknownNetworkException.class,
        () -> NetworkRegistry.of(List.of()).find("Resnet"));
    assertEquals("no network named 'Resnet'; no network was found on the class path", none.getMessage());
  }

  @Test
  void namedMatchesTheSimpleNameAsCheckpointsRecordIt() {
    assertEquals(List.of(A_CNN, B_CNN), registry.named("ColourCnn"));
    assertEquals(List.of(), registry.named("colourcnn"));
  }

  @Test
  void aStaleServiceEntryIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(NetworkProvider.class.getName()), """
        # written by a processor
        test.Deleted
        dev.lamina.runtime.NetworkRegistryTest$Named
        """);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        NetworkRegistryTest.class.getClassLoader())) {
      NetworkRegistry found = NetworkRegistry.load(loader);
      assertEquals(List.of("test.Listed"), found.providers().stream().map(NetworkProvider::qualifiedName).toList());
      assertEquals(1, found.problems().size(), found.problems().toString());
      assertTrue(found.problems().get(0).contains("test.Deleted"), found.problems().toString());
    }
  }
}
