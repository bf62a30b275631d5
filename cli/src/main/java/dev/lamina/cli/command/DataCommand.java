package dev.lamina.cli.command;

import dev.lamina.cli.data.IdxDataset;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.mnist.MnistLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lamina data}: reads Fashion-MNIST (or MNIST) from the directory given, or finds it
 * (environment variable, user cache, Debian's package directory) or downloads and verifies it into
 * the cache, and says where it is. Fails, listing every place tried and the Debian command, when it
 * can be neither found nor downloaded, or naming the files missing from the directory given.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Find or download Fashion-MNIST (or MNIST) and print where it is.")
public final class DataCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "fashion-mnist",
      description = "fashion-mnist or mnist (default: ${DEFAULT-VALUE}).")
  String dataset;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "The directory holding the four IDX files (gzip-compressed or not); only it is looked in"
      + " (default: search $LAMINA_FASHION_MNIST_DIR, the user cache, /usr/share/datasets/fashion-mnist, then"
      + " download).")
  Path directory;

  @Override
  public Integer call() throws Exception {
    IdxDataset idx;
    try {
      idx = IdxDataset.named(dataset);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--dataset: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    MnistLoader.Builder loader = idx.loader();
    if (directory != null) {
      loader.directory(directory);
    }
    MnistData data = loader.build().load();
    out.printf("%s in %s: %,d training and %,d test images%n", idx.title(), data.directory(), data.train().size(),
        data.test().size());
    return 0;
  }
}
