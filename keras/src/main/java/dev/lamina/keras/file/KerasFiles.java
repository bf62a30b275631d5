package dev.lamina.keras.file;

import dev.lamina.keras.KerasFormatException;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads any of Keras's model and weights files ({@link KerasFormat}), telling them apart by content:
 * an HDF5 signature, then the root's {@code model_config} attribute (Keras 2 model), its
 * {@code layer_names} attribute (Keras 2 weights) or its {@code layers} group (Keras 3 weights); a zip
 * signature means a {@code .keras} archive. HDF5 is read with jhdf.
 */
public final class KerasFiles {
  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

  private KerasFiles() {}

  /**
   * Reads the file: its format, configuration and every weight tensor.
   *
   * @throws NoSuchFileException if there is no such file
   * @throws KerasFormatException if it is neither HDF5 nor a zip, is truncated or corrupt, is HDF5 or a zip
   *     but not in a layout Keras writes, or lacks a weight its layer lists; the message names the file and,
   *     where one is involved, the layer
   * @throws IOException if reading fails
   */
  public static KerasFile read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such Keras file");
    }
    if (!Files.isRegularFile(path)) {
      throw new KerasFormatException(path + " is not a regular file");
    }
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, n, ZIP_SIGNATURE)) {
      return readArchive(path);
    }
    if (startsWith(head, n, Hdf5.SIGNATURE)) {
      try (HdfFile hdf = Hdf5.open(path, path.toString())) {
        return readHdf5(path, hdf, path.toString(), Optional.empty());
      }
    }
    throw new KerasFormatException(path + " is not a Keras file: "
        + (n == 0 ? "it is empty" : "it starts with the bytes " + HexFormat.ofDelimiter(" ").formatHex(head, 0, n))
        + "; expected an HDF5 file (.h5, .weights.h5: bytes 89 48 44 46 0d 0a 1a 0a) or a .keras archive"
        + " (a zip: 50 4b 03 04)");
  }

  private static boolean startsWith(byte[] head, int n, byte[] signature) {
    return n >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }

  /**
   * Reads the file's layout; in a file shorter than its superblock records, the first weight that lies
   * past the end fails, naming its layer, and the truncation is added to the message.
   */
  private static KerasFile readHdf5(Path path, HdfFile hdf, String source, Optional<String> archiveConfig)
      throws KerasFormatException {
    Optional<String> truncation = Hdf5.truncation(hdf);
    KerasFile file;
    try {
      file = readLayout(path, hdf, source, archiveConfig);
    } catch (KerasFormatException e) {
      if (truncation.isPresent()) {
        throw new KerasFormatException(e.getMessage() + " (" + truncation.get() + ")", e);
      }
      throw e;
    }
    if (truncation.isPresent()) {
      throw new KerasFormatException(source + ": " + truncation.get() + "; every weight was readable, but an"
          + " incomplete file is not loaded");
    }
    return file;
  }

  private static KerasFile readLayout(Path path, HdfFile hdf, String source, Optional<String> archiveConfig)
      throws KerasFormatException {
    try {
      Optional<String> version = Optional.ofNullable(Hdf5.string(hdf, "keras_version", source));
      if (archiveConfig.isPresent()) {
        return new KerasFile(path, KerasFormat.KERAS3_ARCHIVE, version, archiveConfig, Keras3Layout.read(hdf, source));
      }
      if (Hdf5.hasAttribute(hdf, "model_config")) {
        String config = Hdf5.string(hdf, "model_config", source);
        if (!(Hdf5.child(hdf, "model_weights") instanceof io.jhdf.api.Group weights)) {
          throw new KerasFormatException(source + " has a model_config but no group /model_weights: a Keras 2 model"
              + " saved without weights (include_optimizer only?) has nothing to load");
        }
        if (version.isEmpty()) {
          version = Optional.ofNullable(Hdf5.string(weights, "keras_version", source));
        }
        return new KerasFile(path, KerasFormat.KERAS2_MODEL, version, Optional.of(config), Keras2Layout.read(weights, source));
      }
      if (Hdf5.hasAttribute(hdf, "layer_names")) {
        return new KerasFile(path, KerasFormat.KERAS2_WEIGHTS, version, Optional.empty(), Keras2Layout.read(hdf, source));
      }
      if (Hdf5.child(hdf, "layers") != null) {
        return new KerasFile(path, KerasFormat.KERAS3_WEIGHTS, version, Optional.empty(), Keras3Layout.read(hdf, source));
      }
      throw new KerasFormatException(source + " is an HDF5 file but not one Keras writes: its root has no"
          + " model_config attribute (Keras 2 model), no layer_names attribute (Keras 2 weights) and no layers"
          + " group (Keras 3 weights); it holds " + hdf.getChildren().keySet());
    } catch (RuntimeException e) {
      throw new KerasFormatException(source + " cannot be read (truncated or corrupt?): " + e, e);
    }
  }

  private static KerasFile readArchive(Path path) throws IOException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      String config = entryText(zip, path, "config.json");
      ZipEntry weightsEntry = zip.getEntry("model.weights.h5");
      if (weightsEntry == null) {
        throw new KerasFormatException(path + " is a zip but not a .keras archive: it has no model.weights.h5");
      }
      byte[] weights;
      try (InputStream in = zip.getInputStream(weightsEntry)) {
        weights = in.readAllBytes();
      }
      String source = path + " (model.weights.h5)";
      try (HdfFile hdf = Hdf5.open(weights, source)) {
        KerasFile file = readHdf5(path, hdf, source, Optional.of(config));
        Optional<String> version = ArchiveMetadata.kerasVersion(zip, path);
        return version.isPresent()
            ? new KerasFile(path, file.format(), version, file.configJson(), file.weights()) : file;
      }
    } catch (ZipException e) {
      throw new KerasFormatException(path + " starts like a zip but is not a readable .keras archive (truncated or"
          + " corrupt?): " + e.getMessage(), e);
    }
  }

  static String entryText(ZipFile zip, Path path, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new KerasFormatException(path + " is a zip but not a .keras archive: it has no " + name);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
