package dev.lamina.cli.network;

import dev.lamina.runtime.NetworkProvider;
import dev.lamina.runtime.NetworkRegistry;
import dev.lamina.runtime.UnknownNetworkException;
import dev.lamina.runtime.io.CheckpointInfo;
import dev.lamina.runtime.io.Checkpoints;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The networks the tool can see: those on its own class path (the samples', with {@code bin/lamina})
 * and those in the class path entries given with {@code --classpath}, found through the service files
 * Lamina's processor writes ({@link NetworkRegistry}). No class is looked up by name.
 */
public final class NetworkLookup {
  /** What to do when a network is not found: appended to the error. */
  public static final String HOW_TO_ADD = "Networks are found through the META-INF/services/"
      + NetworkProvider.class.getName() + " file Lamina's processor writes beside their classes: add your"
      + " compiled classes with --classpath DIR (javac's -d directory, target/classes or a jar), or with"
      + " LAMINA_CLASSPATH=DIR for bin/lamina";

  private final NetworkRegistry registry;

  private NetworkLookup(NetworkRegistry registry) {
    this.registry = registry;
  }

  /**
   * The networks on the tool's class path and in {@code classPath}'s entries.
   *
   * @param classPath entries separated by the platform's path separator, or null for none
   * @throws IllegalArgumentException if an entry does not exist
   */
  public static NetworkLookup of(String classPath) {
    ClassLoader parent = NetworkLookup.class.getClassLoader();
    if (classPath == null || classPath.isBlank()) {
      return new NetworkLookup(NetworkRegistry.load(parent));
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("--classpath entry " + entry + " does not exist; expected a directory"
            + " of compiled classes or a jar");
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("--classpath entry " + entry + " is not a usable path: " + e.getMessage(), e);
      }
    }
    // Not closed: the networks' classes are loaded from it for as long as the tool runs.
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), parent);
    return new NetworkLookup(NetworkRegistry.load(loader));
  }

  /** Every network found, sorted by qualified name. */
  public List<NetworkProvider> all() {
    return registry.providers();
  }

  /**
   * The network called {@code name}: qualified, or simple when unique.
   *
   * @throws UnknownNetworkException if none or several are called so; the message lists the
   *     candidates and says how to add networks
   */
  public NetworkProvider find(String name) {
    try {
      return registry.find(name);
    } catch (UnknownNetworkException e) {
      throw new UnknownNetworkException(name, e.getMessage() + (e.ambiguous() ? "" : ". " + HOW_TO_ADD),
          e.ambiguous(), e.candidates());
    }
  }

  /**
   * The network a checkpoint was saved from: the one of its name or, when several networks share the
   * simple name, the one {@code qualifiedName} names (a run records it), else the only one whose
   * architecture fingerprint is the checkpoint's.
   *
   * @param qualifiedName the network's qualified name when known (or its simple name when only one network has
   *     it), or null
   * @throws IllegalArgumentException if no network found has the checkpoint's name, or several match
   *     and nothing tells them apart
   */
  public NetworkProvider forCheckpoint(CheckpointInfo info, Path checkpoint, String qualifiedName) {
    List<NetworkProvider> named = registry.named(info.network());
    if (named.isEmpty()) {
      throw new IllegalArgumentException(checkpoint + " holds network " + info.network() + ", which is not on the"
          + " class path (found: " + names(registry.providers()) + "). " + HOW_TO_ADD);
    }
    if (qualifiedName != null) {
      if (named.size() == 1 && named.get(0).name().equalsIgnoreCase(qualifiedName)) {
        return named.get(0); // the simple name, unambiguous
      }
      return named.stream().filter(p -> p.qualifiedName().equals(qualifiedName)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(checkpoint + " holds network " + qualifiedName + ", which is"
              + " not on the class path (found of that name: " + names(named) + "). " + HOW_TO_ADD));
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    List<NetworkProvider> same = named.stream()
        .filter(p -> Checkpoints.fingerprint(p.create(0)).equals(info.architectureSha256())).toList();
    if (same.size() != 1) {
      throw new IllegalArgumentException(checkpoint + " holds network " + info.network() + ": " + named.size()
          + " networks of that name are on the class path (" + names(named) + ") and " + same.size()
          + " of them have its architecture; name the one it was trained with, e.g. --network "
          + named.get(0).qualifiedName());
    }
    return same.get(0);
  }

  private static String names(List<NetworkProvider> providers) {
    return providers.isEmpty() ? "none" : providers.stream().map(NetworkProvider::qualifiedName)
        .collect(Collectors.joining(", "));
  }
}
