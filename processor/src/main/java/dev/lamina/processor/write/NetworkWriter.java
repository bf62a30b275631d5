package dev.lamina.processor.write;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.lamina.processor.NetworkProcessor;
import dev.lamina.processor.model.NetworkModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes {@code LaminaX} for a validated network: a class implementing the {@code @Network} interface
 * and {@code dev.lamina.runtime.Model}, in the interface's package, with the interface as its
 * originating element (for incremental builds).
 */
public final class NetworkWriter {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final Filer filer;
  private final Elements elements;
  private final SourceVersion sourceVersion;

  public NetworkWriter(Filer filer, Elements elements, SourceVersion sourceVersion) {
    this.filer = filer;
    this.elements = elements;
    this.sourceVersion = sourceVersion;
  }

  /**
   * Builds the implementation of {@code model}, declared by {@code origin}, and finds its name clashes;
   * writes nothing.
   */
  public GeneratedClass generate(NetworkModel model, TypeElement origin) {
    NetworkPlan plan = new NetworkPlan(model);
    TypeSpec type = new ModelClassWriter(plan).write(generatedAnnotation(model));
    List<GeneratedMembers.Clash> clashes = GeneratedMembers.clashes(plan, type);
    if (origin != null) {
      TypeSpec.Builder builder = type.toBuilder().addOriginatingElement(origin);
      avoidInheritedTypeNames(builder, origin);
      type = builder.build();
    }
    JavaFile file = JavaFile.builder(model.packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    return new GeneratedClass(model, file, clashes);
  }

  /**
   * Writes {@code generated}, which has no clashes.
   *
   * @throws IllegalArgumentException if it has clashes (it would not compile)
   * @throws FilerException if the compilation already has a type of the generated class's name (declared
   *     in source, or generated earlier): a user mistake the caller reports
   * @throws UncheckedIOException if the file cannot be written for another reason
   */
  public void write(GeneratedClass generated) throws FilerException {
    if (!generated.clashes().isEmpty()) {
      throw new IllegalArgumentException("not writing " + generated.model().generatedName() + ", whose names clash: "
          + generated.clashes());
    }
    try {
      generated.file().writeTo(filer);
    } catch (FilerException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + generated.model().generatedName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes JavaPoet qualify every type whose simple name a member type inherited from the interface (or
   * from {@code Model}) would hide inside the generated class: an {@code interface List {}} nested in the
   * network would otherwise turn {@code List<Layer>} into {@code N.List<Layer>}. The names hold for the
   * whole file, so the nested {@code Buffers} class is covered too.
   */
  private void avoidInheritedTypeNames(TypeSpec.Builder builder, TypeElement origin) {
    builder.avoidClashesWithNestedClasses(origin);
    TypeElement runtimeModel = elements.getTypeElement(TypeNames.MODEL.canonicalName());
    if (runtimeModel != null) {
      builder.avoidClashesWithNestedClasses(runtimeModel);
    }
  }

  /** {@code @Generated} when the target release has it (Java 9 and later), else nothing. */
  private Optional<AnnotationSpec> generatedAnnotation(NetworkModel model) {
    if (sourceVersion.compareTo(SourceVersion.RELEASE_8) <= 0 || elements.getTypeElement(GENERATED) == null) {
      return Optional.empty();
    }
    String from = model.packageName().isEmpty() ? model.interfaceName()
        : model.packageName() + "." + model.interfaceName();
    return Optional.of(AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
        .addMember("value", "$S", NetworkProcessor.class.getName())
        .addMember("comments", "$S", "from " + from)
        .build());
  }
}
