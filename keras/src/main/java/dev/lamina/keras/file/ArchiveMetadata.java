package dev.lamina.keras.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lamina.keras.KerasFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

/** {@code metadata.json} of a {@code .keras} archive: {@code {"keras_version": "3.3.3", "date_saved": ...}}. */
final class ArchiveMetadata {
  private ArchiveMetadata() {}

  static Optional<String> kerasVersion(ZipFile zip, Path path) throws IOException {
    if (zip.getEntry("metadata.json") == null) {
      return Optional.empty();
    }
    String text = KerasFiles.entryText(zip, path, "metadata.json");
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new KerasFormatException(path + ": metadata.json is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode version = node == null ? null : node.get("keras_version");
    return version != null && version.isTextual() ? Optional.of(version.asText()) : Optional.empty();
  }
}
