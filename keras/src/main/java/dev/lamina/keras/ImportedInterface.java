package dev.lamina.keras;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annotated interface {@link KerasImport} wrote for a Keras model.
 *
 * @param qualifiedName the interface's name with its package ({@code com.example.FashionCnn})
 * @param source the Java source
 * @param layers how many layers it declares (one per Keras layer, the input aside)
 * @param params the parameter count it asserts ({@code @Network(params = ...)}), that of the file's weights
 * @param notes Keras settings left undeclared because they affect training only (regularizers,
 *     constraints, unknown initializers), each with its layer
 * @param file where the source was written; empty when it was only generated
 */
public record ImportedInterface(String qualifiedName, String source, int layers, long params, List<String> notes,
    Optional<Path> file) {
  public ImportedInterface {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(source, "source");
    notes = List.copyOf(notes);
    Objects.requireNonNull(file, "file");
  }
}
