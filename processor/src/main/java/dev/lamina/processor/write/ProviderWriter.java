package dev.lamina.processor.write;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lamina.processor.NetworkProcessor;
import dev.lamina.processor.model.NetworkModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes {@code LaminaXProvider}, the {@code dev.lamina.runtime.NetworkProvider} of a generated
 * network {@code LaminaX}: its names and its factory, for {@link java.util.ServiceLoader}. The class
 * is listed in the compilation's service file by {@link ProviderServiceFile}.
 *
 * <pre>{@code
 * public final class LaminaFashionCnnProvider implements NetworkProvider {
 *   public String name() { return "FashionCnn"; }
 *   public String qualifiedName() { return "dev.lamina.samples.FashionCnn"; }
 *   public Model create(long seed) { return LaminaFashionCnn.create(seed); }
 * }
 * }</pre>
 */
public final class ProviderWriter {
  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final ClassName NETWORK_PROVIDER = ClassName.get("dev.lamina.runtime", "NetworkProvider");

  private final Filer filer;
  private final Elements elements;
  private final SourceVersion sourceVersion;

  public ProviderWriter(Filer filer, Elements elements, SourceVersion sourceVersion) {
    this.filer = filer;
    this.elements = elements;
    this.sourceVersion = sourceVersion;
  }

  /** The provider's simple name: {@code LaminaFashionCnnProvider}. */
  public static String providerName(NetworkModel model) {
    return model.generatedName() + "Provider";
  }

  /** The provider's qualified (and binary) name, as the service file lists it. */
  public static String qualifiedProviderName(NetworkModel model) {
    return model.packageName().isEmpty() ? providerName(model) : model.packageName() + "." + providerName(model);
  }

  /** The source of the provider of {@code model}, declared by {@code origin} (null in tests). */
  public JavaFile generate(NetworkModel model, TypeElement origin) {
    ClassName network = ClassName.get(model.packageName(), model.generatedName());
    String qualified = model.packageName().isEmpty() ? model.interfaceName()
        : model.packageName() + "." + model.interfaceName();
    TypeSpec.Builder type = TypeSpec.classBuilder(providerName(model))
        .addJavadoc("Registers {@link $T} (network {@code $L}) for {@link java.util.ServiceLoader}: listed in\n"
            + "{@code META-INF/services/$L}.\n", network, qualified, NETWORK_PROVIDER.canonicalName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(NETWORK_PROVIDER)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Called by {@link java.util.ServiceLoader}.\n").build())
        .addMethod(getter("name", model.simpleName()))
        .addMethod(getter("qualifiedName", qualified))
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeNames.MODEL)
            .addParameter(TypeName.LONG, "seed")
            .addStatement("return $T.create(seed)", network)
            .build());
    if (sourceVersion.compareTo(SourceVersion.RELEASE_8) > 0 && elements.getTypeElement(GENERATED) != null) {
      type.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
          .addMember("value", "$S", NetworkProcessor.class.getName())
          .addMember("comments", "$S", "from " + qualified)
          .build());
    }
    if (origin != null) {
      type.addOriginatingElement(origin);
    }
    return JavaFile.builder(model.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * Writes the provider of {@code model}.
   *
   * @throws FilerException if a type of the provider's name already exists in this compilation
   * @throws UncheckedIOException if the file cannot be written for another reason
   */
  public void write(NetworkModel model, TypeElement origin) throws FilerException {
    try {
      generate(model, origin).writeTo(filer);
    } catch (FilerException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + providerName(model) + ": " + e.getMessage(), e);
    }
  }

  private static MethodSpec getter(String name, String value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", value)
        .build();
  }
}
