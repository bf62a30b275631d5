package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.download.DownloadException;
import dev.lamina.runtime.data.download.DownloadSource;
import dev.lamina.runtime.data.download.Downloader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, downloads if need be, and reads an MNIST-family dataset. Built by
 * {@link FashionMnist#builder()} or {@link Mnist#builder()}.
 *
 * <p>A directory given to {@link Builder#directory(Path)} is the only place looked in: it must hold
 * all four files, or {@link #load()} fails listing those missing. Without one, the files are looked
 * for in this order, the first directory holding all four winning:
 * <ol>
 *   <li>the directory named by the dataset's environment variable ({@code LAMINA_FASHION_MNIST_DIR},
 *       {@code LAMINA_MNIST_DIR});
 *   <li>the user's cache, {@code $XDG_CACHE_HOME/lamina/datasets/<name>} or
 *       {@code ~/.cache/lamina/datasets/<name>};
 *   <li>the system directory a package installs (Fashion-MNIST: {@code /usr/share/datasets/fashion-mnist},
 *       Debian's {@code dataset-fashion-mnist});
 *   <li>a download of the missing files from the published location into the cache, each verified
 *       against its published digest and moved into place only then.
 * </ol>
 */
public final class MnistLoader {
  private static final Logger LOG = LoggerFactory.getLogger(MnistLoader.class);

  private final MnistVariant variant;
  private final Path directory;
  private final Map<String, String> environment;
  private final Path cacheDirectory;
  private final Path systemDirectory;
  private final DownloadSource source;
  private final boolean download;
  private final Downloader downloader;

  private MnistLoader(Builder builder) {
    this.variant = builder.variant;
    this.directory = builder.directory;
    this.environment = builder.environment;
    this.cacheDirectory = builder.cacheDirectory != null ? builder.cacheDirectory
        : defaultCache(builder.environment, variant.cacheName());
    this.systemDirectory = builder.systemDirectory;
    this.source = builder.source;
    this.download = builder.download;
    this.downloader = builder.downloader;
  }

  static Builder builder(MnistVariant variant) {
    return new Builder(variant);
  }

  /**
   * Finds (or downloads) and reads the dataset.
   *
   * @return training and test examples, {@code [n, 28, 28, 1]} floats 0..255 with labels 0..9
   * @throws DatasetNotFoundException if the directory given does not hold all four files (the
   *     message names those missing), or, without one, if no place holds all four files and the
   *     download is off or failed (the message lists every place tried and how to install the data)
   * @throws dev.lamina.runtime.data.idx.IdxFormatException if a file found is not a well-formed IDX
   *     file of MNIST's shapes (message names the file)
   * @throws IOException if a file cannot be read
   */
  public MnistData load() throws IOException {
    List<String> tried = new ArrayList<>();
    if (directory != null) {
      if (!holdsAll(directory, "directory " + directory, tried)) {
        throw new DatasetNotFoundException(variant.name(), tried, "The directory given is the only place looked"
            + " in; it must hold " + String.join(", ", MnistFiles.ALL) + " (each gzip-compressed or not, without"
            + " .gz).", null);
      }
      return read(directory);
    }
    String named = environment.get(variant.environmentVariable());
    if (named == null || named.isBlank()) {
      tried.add("environment variable " + variant.environmentVariable() + ": not set");
    } else if (holdsAll(Path.of(named), "environment variable " + variant.environmentVariable() + "=" + named,
        tried)) {
      return read(Path.of(named));
    }
    if (holdsAll(cacheDirectory, "cache " + cacheDirectory, tried)) {
      return read(cacheDirectory);
    }
    if (systemDirectory != null && holdsAll(systemDirectory, "system directory " + systemDirectory, tried)) {
      return read(systemDirectory);
    }
    if (!download) {
      tried.add("download from " + source.baseUrl() + ": turned off (builder download(false))");
      throw new DatasetNotFoundException(variant.name(), tried, variant.installHint(), null);
    }
    try {
      for (String name : MnistFiles.ALL) {
        if (MnistReader.find(cacheDirectory, name) == null) {
          downloader().download(source.uri(name), cacheDirectory.resolve(name), source.checksum(name));
        }
      }
    } catch (DownloadException e) {
      tried.add("download from " + source.baseUrl() + " into " + cacheDirectory + ": " + e.getMessage());
      throw new DatasetNotFoundException(variant.name(), tried, variant.installHint(), e);
    }
    return read(cacheDirectory);
  }

  private Downloader downloader() {
    return downloader != null ? downloader : new Downloader();
  }

  private MnistData read(Path from) throws IOException {
    LOG.info("Reading {} from {}", variant.name(), from);
    return MnistReader.read(from, variant.classNames());
  }

  private static boolean holdsAll(Path candidate, String place, List<String> tried) {
    if (!Files.isDirectory(candidate)) {
      tried.add(place + ": " + (Files.exists(candidate) ? "not a directory" : "does not exist"));
      return false;
    }
    List<String> missing = MnistFiles.ALL.stream().filter(n -> MnistReader.find(candidate, n) == null).toList();
    if (!missing.isEmpty()) {
      tried.add(place + ": missing " + String.join(", ", missing));
      return false;
    }
    return true;
  }

  private static Path defaultCache(Map<String, String> environment, String name) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path root = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return root.resolve("lamina").resolve("datasets").resolve(name);
  }

  /** Options for finding the dataset; every one has a default. */
  public static final class Builder {
    private final MnistVariant variant;
    private Path directory;
    private Map<String, String> environment = System.getenv();
    private Path cacheDirectory;
    private Path systemDirectory;
    private DownloadSource source;
    private boolean download = true;
    private Downloader downloader;

    private Builder(MnistVariant variant) {
      this.variant = variant;
      this.systemDirectory = variant.systemDirectory().orElse(null);
      this.source = variant.source();
    }

    /**
     * The directory holding the four files, gzip-compressed or not: the only place looked in, with
     * no fall-back to the other places nor a download.
     */
    public Builder directory(Path value) {
      this.directory = Objects.requireNonNull(value, "directory");
      return this;
    }

    /**
     * The environment to read the dataset's variable and {@code XDG_CACHE_HOME} from (default: the
     * process's, {@link System#getenv()}).
     */
    public Builder environment(Map<String, String> value) {
      this.environment = Map.copyOf(value);
      return this;
    }

    /** The cache directory, where downloads go (default: under {@code XDG_CACHE_HOME} or {@code ~/.cache}). */
    public Builder cacheDirectory(Path value) {
      this.cacheDirectory = Objects.requireNonNull(value, "cacheDirectory");
      return this;
    }

    /** The directory a system package installs the dataset in (default: the dataset's, if it has one). */
    public Builder systemDirectory(Path value) {
      this.systemDirectory = Objects.requireNonNull(value, "systemDirectory");
      return this;
    }

    /** Where to download from, with the digests to verify against (default: the published location). */
    public Builder source(DownloadSource value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /** Downloads the published files, with their published digests, from a mirror at {@code url}. */
    public Builder baseUrl(URI url) {
      this.source = source.withBaseUrl(url);
      return this;
    }

    /** Whether to download what no directory holds (default: true). */
    public Builder download(boolean value) {
      this.download = value;
      return this;
    }

    /** The downloader (default: 30-second connect and response timeouts). */
    public Builder downloader(Downloader value) {
      this.downloader = Objects.requireNonNull(value, "downloader");
      return this;
    }

    /** The loader; nothing is read until {@link MnistLoader#load()}. */
    public MnistLoader build() {
      return new MnistLoader(this);
    }
  }
}
