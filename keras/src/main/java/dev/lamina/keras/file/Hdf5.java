package dev.lamina.keras.file;

import dev.lamina.keras.KerasFormatException;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.Superblock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/** What Lamina reads of HDF5, through jhdf, with jhdf's failures turned into messages naming the file. */
final class Hdf5 {
  /** The 8 bytes every HDF5 file starts with (without a user block). */
  static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  private Hdf5() {}

  /**
   * Opens an HDF5 file.
   *
   * @param source the file's name in messages
   * @throws KerasFormatException if jhdf cannot read its superblock or root group (naming the truncation
   *     when the file is shorter than its superblock records)
   */
  static HdfFile open(Path file, String source) throws KerasFormatException {
    try {
      return new HdfFile(file);
    } catch (RuntimeException e) {
      String truncation = "";
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        truncation = truncation(Superblock.readSuperblock(channel, 0).getEndOfFileAddress(), channel.size())
            .map(t -> " (" + t + ")").orElse("");
      } catch (IOException | RuntimeException ignored) {
        // The superblock itself is unreadable: say what jhdf said.
      }
      throw new KerasFormatException(source + " is not a readable HDF5 file" + truncation + ": " + e.getMessage(), e);
    }
  }

  /** As {@link #open(Path, String)}, for an HDF5 file held in memory (a {@code .keras} archive's entry). */
  static HdfFile open(byte[] bytes, String source) throws KerasFormatException {
    try {
      return HdfFile.fromBytes(bytes);
    } catch (RuntimeException e) {
      throw new KerasFormatException(source + " is not a readable HDF5 file: " + e.getMessage(), e);
    }
  }

  /**
   * How much of the file is missing, when it is shorter than its superblock records: {@code the file is
   * truncated: its HDF5 superblock records 1960376 bytes, it has 400000}.
   */
  static Optional<String> truncation(HdfFile hdf) {
    try {
      long recorded = hdf.getHdfBackingStorage().getSuperblock().getEndOfFileAddress() + hdf.getUserBlockSize();
      return truncation(recorded, hdf.size());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> truncation(long recorded, long actual) {
    return actual < recorded ? Optional.of("the file is truncated: its HDF5 superblock records " + recorded
        + " bytes, it has " + actual) : Optional.empty();
  }

  /** The child of {@code group} named {@code name}, or null. */
  static Node child(Group group, String name) {
    return group.getChildren().get(name);
  }

  /** Whether {@code node} has an attribute {@code name}. */
  static boolean hasAttribute(Node node, String name) {
    return node.getAttributes().containsKey(name);
  }

  /**
   * A string attribute (scalar or a one-element array), or null when absent.
   *
   * @throws KerasFormatException if it holds something else
   */
  static String string(Node node, String name, String source) throws KerasFormatException {
    Attribute attribute = node.getAttributes().get(name);
    if (attribute == null) {
      return null;
    }
    List<String> values = strings(attribute, source);
    if (values.size() != 1) {
      throw new KerasFormatException(source + ": attribute " + name + " of " + node.getPath()
          + " should hold one string, found " + values.size());
    }
    return values.get(0);
  }

  /**
   * A list-of-strings attribute (Keras's {@code layer_names}, {@code weight_names}), or null when
   * absent; an empty numeric array (how h5py stores an empty list) is an empty list.
   */
  static List<String> strings(Node node, String name, String source) throws KerasFormatException {
    Attribute attribute = node.getAttributes().get(name);
    return attribute == null ? null : strings(attribute, source);
  }

  private static List<String> strings(Attribute attribute, String source) throws KerasFormatException {
    Object data;
    try {
      data = attribute.isEmpty() ? null : attribute.getData();
    } catch (RuntimeException e) {
      throw new KerasFormatException(source + ": cannot read attribute " + attribute.getName() + " of "
          + attribute.getNode().getPath() + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    if (data == null) {
      return out;
    }
    if (data instanceof String s) {
      out.add(s);
      return out;
    }
    if (data instanceof Object[] array) {
      for (Object element : array) {
        if (!(element instanceof String s)) {
          throw new KerasFormatException(source + ": attribute " + attribute.getName() + " of "
              + attribute.getNode().getPath() + " should hold strings, found " + attribute.getJavaType().getSimpleName());
        }
        out.add(s);
      }
      return out;
    }
    if (data instanceof double[] d && d.length == 0 || data instanceof float[] f && f.length == 0
        || data instanceof int[] i && i.length == 0 || data instanceof long[] l && l.length == 0) {
      return out;
    }
    throw new KerasFormatException(source + ": attribute " + attribute.getName() + " of "
        + attribute.getNode().getPath() + " should hold strings, found " + data.getClass().getSimpleName());
  }

  /**
   * A floating-point dataset's values, widened to double.
   *
   * @param layer the Keras layer, for messages
   * @throws KerasFormatException if the values cannot be read (a truncated or corrupt file) or are not
   *     floating point
   */
  static WeightTensor tensor(Dataset dataset, String name, String layer, String source) throws KerasFormatException {
    String where = source + ": layer " + layer + ", weight " + dataset.getPath();
    Object data;
    long[] shape;
    try {
      shape = dataset.getDimensionsAsLong();
      data = dataset.isScalar() ? dataset.getData() : dataset.getDataFlat();
    } catch (RuntimeException e) {
      throw new KerasFormatException(where + " cannot be read (truncated or corrupt file?): " + e.getMessage(), e);
    }
    double[] values;
    if (data instanceof float[] f) {
      values = new double[f.length];
      for (int i = 0; i < f.length; i++) {
        values[i] = f[i];
      }
    } else if (data instanceof double[] d) {
      values = d;
    } else if (data instanceof Float f) {
      values = new double[] {f};
    } else if (data instanceof Double d) {
      values = new double[] {d};
    } else {
      throw new KerasFormatException(where + " holds " + dataset.getJavaType().getSimpleName()
          + " values; Keras weights are floating point (float16, float32 or float64)");
    }
    return new WeightTensor(name, dataset.getPath(), shape, values);
  }
}
