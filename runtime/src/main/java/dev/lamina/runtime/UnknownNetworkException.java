package dev.lamina.runtime;

import java.util.List;

/**
 * A network name that {@link NetworkRegistry#find(String)} cannot resolve: no network has it, or
 * several do.
 */
public final class UnknownNetworkException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final boolean ambiguous;
  private final transient List<NetworkProvider> candidates;

  /**
   * @param name the name looked up
   * @param message what was found, listing the candidates
   * @param ambiguous whether several networks have the name (rather than none)
   * @param candidates the networks that match (several) or every network found (none matched)
   */
  public UnknownNetworkException(String name, String message, boolean ambiguous, List<NetworkProvider> candidates) {
    super(message);
    this.name = name;
    this.ambiguous = ambiguous;
    this.candidates = List.copyOf(candidates);
  }

  /** The name looked up. */
  public String name() {
    return name;
  }

  /** Whether several networks have the name (rather than none). */
  public boolean ambiguous() {
    return ambiguous;
  }

  /** The networks that have the name when it is ambiguous, else every network found. */
  public List<NetworkProvider> candidates() {
    return candidates;
  }
}
