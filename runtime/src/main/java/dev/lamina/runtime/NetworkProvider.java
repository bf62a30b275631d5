package dev.lamina.runtime;

/**
 * A generated network as a {@link java.util.ServiceLoader} service: how tools (the {@code lamina}
 * command line, servers, exporters) find every network compiled by Lamina's processor on their class
 * path without reflection. For each {@code @Network} interface {@code X} the processor writes, next
 * to {@code LaminaX}, a provider class {@code LaminaXProvider} and lists it in
 * {@code META-INF/services/dev.lamina.runtime.NetworkProvider} of the compilation's output;
 * {@link NetworkRegistry} reads those lists.
 *
 * <p>Implementations are stateless and have a public no-argument constructor, as
 * {@link java.util.ServiceLoader} requires.
 */
public interface NetworkProvider {
  /** The network's name, the interface's simple name: what {@link Model#name()} returns ({@code FashionCnn}). */
  String name();

  /**
   * The interface's canonical name: {@code com.example.ColourCnn}, or {@code com.example.Outer.Inner}
   * for a nested interface.
   */
  String qualifiedName();

  /**
   * A new instance of the network with {@code FLOAT} parameters initialized from {@code seed} (the
   * same seed gives the same weights): the generated class's {@code create(long)}.
   */
  Model create(long seed);
}
