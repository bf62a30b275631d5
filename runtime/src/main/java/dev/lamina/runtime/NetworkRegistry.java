package dev.lamina.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The networks compiled by Lamina's processor that a class loader can see, found through the
 * {@code META-INF/services/dev.lamina.runtime.NetworkProvider} lists the processor writes (see
 * {@link NetworkProvider}), and looked up by name:
 *
 * <pre>{@code
 * NetworkRegistry networks = NetworkRegistry.load(Thread.currentThread().getContextClassLoader());
 * Model model = networks.find("ColourCnn").create(42);      // or "com.example.ColourCnn"
 * }</pre>
 *
 * <p>A name is matched, in this order, against the qualified names, the simple names, and the simple
 * names ignoring case; the first rule that matches decides, and it must match exactly one network.
 * A network listed by several class path entries (the same class twice) counts once, the first.
 * A listed provider that cannot be loaded (a stale entry of a deleted network, a class compiled for a
 * newer Java) is left out and reported in {@link #problems()} and as a log warning.
 */
public final class NetworkRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkRegistry.class);

  private final List<NetworkProvider> providers;
  private final List<String> problems;

  private NetworkRegistry(List<NetworkProvider> providers, List<String> problems) {
    Map<String, NetworkProvider> unique = new LinkedHashMap<>();
    for (NetworkProvider p : providers) {
      unique.putIfAbsent(p.qualifiedName(), p);
    }
    List<NetworkProvider> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparing(NetworkProvider::qualifiedName));
    this.providers = List.copyOf(sorted);
    this.problems = List.copyOf(problems);
  }

  /**
   * The networks listed on {@code loader}'s class path.
   *
   * @throws NullPointerException if {@code loader} is null
   */
  public static NetworkRegistry load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<NetworkProvider> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<NetworkProvider> it = ServiceLoader.load(NetworkProvider.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        problems.add(e.getMessage());
        LOG.warn("Ignoring a listed network that cannot be loaded (rebuild the project that lists it): {}",
            e.getMessage());
      }
    }
    return new NetworkRegistry(found, problems);
  }

  /** A registry of the given providers (for tests and for tools that assemble their own). */
  public static NetworkRegistry of(List<? extends NetworkProvider> providers) {
    return new NetworkRegistry(List.copyOf(providers), List.of());
  }

  /** Every network found, sorted by qualified name. */
  public List<NetworkProvider> providers() {
    return providers;
  }

  /** Why listed providers were left out (empty when every one loaded). */
  public List<String> problems() {
    return problems;
  }

  /**
   * The network called {@code name}: its qualified name ({@code com.example.ColourCnn}) or, when it
   * is unique, its simple name ({@code ColourCnn}, in any case).
   *
   * @throws UnknownNetworkException if no network, or more than one, has that name; the message lists
   *     the candidates (or every network found)
   */
  public NetworkProvider find(String name) {
    Objects.requireNonNull(name, "name");
    List<Predicate<NetworkProvider>> rules = List.of(p -> p.qualifiedName().equals(name),
        p -> p.name().equals(name), p -> p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    for (Predicate<NetworkProvider> rule : rules) {
      List<NetworkProvider> matches = providers.stream().filter(rule).toList();
      if (matches.size() == 1) {
        return matches.get(0);
      }
      if (matches.size() > 1) {
        throw new UnknownNetworkException(name, "'" + name + "' names " + matches.size() + " networks: "
            + qualifiedNames(matches) + "; give the qualified name", true, matches);
      }
    }
    throw new UnknownNetworkException(name, "no network named '" + name + "'; " + (providers.isEmpty()
        ? "no network was found on the class path" : "expected one of " + providers.stream()
            .map(p -> p.name() + " (" + p.qualifiedName() + ")").collect(Collectors.joining(", "))), false,
        providers);
  }

  /** The networks whose simple name is {@code name} (case-sensitive), as a checkpoint records it. */
  public List<NetworkProvider> named(String name) {
    return providers.stream().filter(p -> p.name().equals(name)).toList();
  }

  private static String qualifiedNames(List<NetworkProvider> list) {
    return list.stream().map(NetworkProvider::qualifiedName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "NetworkRegistry" + providers.stream().map(NetworkProvider::qualifiedName).toList();
  }
}
