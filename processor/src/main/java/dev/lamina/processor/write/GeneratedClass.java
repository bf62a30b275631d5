package dev.lamina.processor.write;

import com.squareup.javapoet.JavaFile;
import dev.lamina.processor.model.NetworkModel;
import java.util.List;

/**
 * The source of {@code LaminaX} for a validated network, built but not yet written, with the names
 * that two of its layers (or a layer and the class) would both declare: when there are any, the
 * source would not compile, and the processor reports them on the layers instead of writing it.
 *
 * @param model the network
 * @param file the source file
 * @param clashes the generated names declared twice, in layer order; empty for a class that compiles
 */
public record GeneratedClass(NetworkModel model, JavaFile file, List<GeneratedMembers.Clash> clashes) {
  /** Copies the list. */
  public GeneratedClass {
    clashes = List.copyOf(clashes);
  }
}
