package dev.lamina.processor.write;

import dev.lamina.processor.model.NetworkModel;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Writes {@code LaminaX} for a validated network. (Code generation lands with issue 3.) */
public final class NetworkWriter {
  private final Filer filer;
  private final Elements elements;
  private final SourceVersion sourceVersion;

  public NetworkWriter(Filer filer, Elements elements, SourceVersion sourceVersion) {
    this.filer = filer;
    this.elements = elements;
    this.sourceVersion = sourceVersion;
  }

  /** Writes the implementation of {@code model}, declared by {@code origin}. */
  public void write(NetworkModel model, TypeElement origin) {
    // Generation of the implementing class is added by the code-generation work (issue 3).
  }
}
