package dev.lamina.spark;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.NetworkRegistry;
import java.io.Serializable;
import java.util.Objects;

/**
 * How an executor creates its copy of the network: a generated network found by name among the
 * {@link dev.lamina.runtime.NetworkProvider}s on the executor's class path (no reflection), created
 * with {@code seed}. The weights an executor computes with always come from the driver's broadcast,
 * so the seed only fixes the driver's initial weights.
 *
 * @param name the network's qualified or unique simple name ({@code FashionCnn})
 * @param seed the initial weights' seed
 */
public record NetworkSpec(String name, long seed) implements Serializable {
  /** @throws NullPointerException if name is null */
  public NetworkSpec {
    Objects.requireNonNull(name, "name");
  }

  /**
   * A new instance of the network.
   *
   * @throws dev.lamina.runtime.UnknownNetworkException if no network on the class path has that name
   */
  public Model create() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return NetworkRegistry.load(loader == null ? NetworkSpec.class.getClassLoader() : loader).find(name).create(seed);
  }
}
