package dev.lamina.runtime.io;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A network's weights alone as a NumPy {@code .npz} archive, one array per parameter tensor under
 * Keras's layer and weight names ({@code conv1/kernel}, {@code conv1/bias}, {@code norm/moving_mean},
 * ...), in Keras's shapes ({@code [kH, kW, in, filters]}, {@code [in, units]}): what
 * {@code numpy.savez} writes and {@code numpy.load} reads.
 *
 * <pre>{@code
 * NpzWeights.save(model, Path.of("weights.npz"));
 * # Python: w = numpy.load("weights.npz"); w["conv1/kernel"].shape  ->  (3, 3, 1, 32)
 * # and back: numpy.savez("tuned.npz", **{k: w[k] for k in w.files})
 * NpzWeights.load(Path.of("tuned.npz"), model);
 * }</pre>
 *
 * <p>Unlike a checkpoint ({@link Checkpoints}), the archive has no metadata, optimizer state or
 * architecture fingerprint: it is for exchanging weights with NumPy, Keras or PyTorch code. Loading checks
 * that the archive holds exactly the network's tensors, in their shapes, with finite values, before
 * changing anything; {@code <f4}, {@code <f8}, {@code <i4} and {@code <i8} arrays are converted to the
 * network's data type.
 */
public final class NpzWeights {
  private static final String SUFFIX = ".npy";

  private NpzWeights() {}

  /**
   * Writes every parameter tensor (trainable and not) to {@code file}, atomically, as stored (uncompressed)
   * entries {@code <layer>/<weight>.npy}, as {@code numpy.savez} does.
   *
   * @throws IOException if the file cannot be written; a previous file under the name is left intact
   * @throws IllegalStateException if a weight holds NaN or an infinity (the message names it)
   */
  public static void save(Model model, Path file) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(file, "file");
    for (Parameter p : model.parameters().all()) {
      try {
        FiniteValues.require(p.value(), p.path());
      } catch (CheckpointFormatException e) {
        throw new IllegalStateException("cannot save the weights of " + model.name() + ": " + e.getMessage(), e);
      }
    }
    AtomicFiles.write(file, out -> {
      ZipOutputStream zip = new ZipOutputStream(CheckpointWriter.nonClosing(out));
      for (Parameter p : model.parameters().all()) {
        CheckpointWriter.stored(zip, p.path() + SUFFIX, Npy.encode(p.value()));
      }
      zip.finish();
    });
  }

  /**
   * Loads the weights of {@code file} into {@code model}: all of them, or, on any error, none.
   *
   * @throws NoSuchFileException if there is no file
   * @throws CheckpointFormatException if it is not a zip of readable {@code .npy} arrays, or an array holds
   *     NaN or an infinity (the message names the entry and the index)
   * @throws IncompatibleCheckpointException if a tensor of the network is missing, an array has another
   *     shape, or the archive holds arrays the network has no tensor for (the message lists them)
   */
  public static void load(Path file, Model model) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(model, "model");
    try (ZipFile zip = open(file)) {
      Set<String> unknown = new TreeSet<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (!name.endsWith("/")) {
          unknown.add(name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name);
        }
      }
      Map<Parameter, INDArray> values = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Parameter p : model.parameters().all()) {
        if (!unknown.remove(p.path())) {
          missing.add(p.path() + Arrays.toString(p.shape()));
          continue;
        }
        String entry = p.path() + SUFFIX;
        INDArray array = Npy.read(new ByteArrayInputStream(CheckpointEntries.read(zip, file, entry)),
            file + "!" + entry);
        if (!Arrays.equals(array.shape(), p.shape())) {
          throw new IncompatibleCheckpointException(file + "!" + entry + " has shape " + Arrays.toString(array.shape())
              + " but " + model.name() + "'s " + p.path() + " is " + Arrays.toString(p.shape()));
        }
        FiniteValues.require(array, file + "!" + entry);
        values.put(p, array);
      }
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        throw new IncompatibleCheckpointException(file + " does not hold the weights of " + model.name()
            + (missing.isEmpty() ? "" : "; missing: " + missing) + (unknown.isEmpty() ? "" : "; unknown arrays: "
            + unknown) + "; expected exactly " + model.parameters().all().stream().map(Parameter::path).toList());
      }
      values.forEach((p, v) -> p.value().assign(v.castTo(p.value().dataType())));
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new NoSuchFileException(file.toString(), null, "no weights file there");
    } catch (ZipException e) {
      throw new CheckpointFormatException(file + " is not an .npz archive: not a zip (" + e.getMessage() + ")", e);
    }
  }
}
