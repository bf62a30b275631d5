package dev.lamina.runtime.data.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a label-names file: one line per class, fields separated by commas (or by tabs when a line
 * has no comma), each trimmed; the first field is a class folder's name, field {@code column} its
 * display name. Blank lines and lines starting with {@code #} are ignored; so is a first line whose
 * first field is no class folder (a header, as in Kaggle's {@code monkey_labels.txt}). Folders the
 * file does not list keep their folder name.
 */
final class LabelNames {
  private LabelNames() {}

  /**
   * The display name of each folder, in the folders' order.
   *
   * @throws IOException if the file cannot be read, or a line is malformed, names no class folder or
   *     repeats one (the message gives the file and line)
   */
  static List<String> read(Path file, int column, List<String> folders) throws IOException {
    Map<String, String> names = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(line.indexOf(',') >= 0 ? "," : "\t", -1);
      String folder = fields[0].strip();
      String where = file + ":" + (i + 1) + ": ";
      if (!folders.contains(folder)) {
        if (first) {
          first = false;
          continue;
        }
        throw new IOException(where + "names folder \"" + folder + "\", which is not a class folder "
            + folders);
      }
      first = false;
      if (fields.length <= column || fields[column].isBlank()) {
        throw new IOException(where + "has no field " + column + " (counting from 0) to name class \"" + folder
            + "\"; expected lines like \"" + folder + ", name\"");
      }
      if (names.put(folder, fields[column].strip()) != null) {
        throw new IOException(where + "names folder \"" + folder + "\" a second time");
      }
    }
    List<String> result = new ArrayList<>(folders.size());
    for (String folder : folders) {
      result.add(names.getOrDefault(folder, folder));
    }
    return List.copyOf(result);
  }
}
