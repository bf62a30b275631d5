package dev.lamina.processor;

import com.google.auto.service.AutoService;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.NetworkReader;
import dev.lamina.processor.validate.NetworkValidator;
import dev.lamina.processor.validate.ValidationReport;
import dev.lamina.processor.write.NetworkWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks and generates every {@code @Network} interface.
 *
 * <p>For each annotated type, in one round: read the declaration, validate it (shapes, parameter
 * counts, structure), print every problem at the annotation value it concerns, and, only when no
 * problem is an error, write {@code LaminaX} implementing the interface.
 *
 * <p>Options ({@code -A}):
 * <ul>
 *   <li>{@code lamina.summary=true}: print each network's Keras-style summary table as a note.
 * </ul>
 *
 * <p>The processor never lets an exception reach javac: an internal failure becomes one error on the
 * element being processed, with the stack trace in the message.
 */
@AutoService(Processor.class)
public final class NetworkProcessor extends AbstractProcessor {
  /** The option that prints summaries. */
  public static final String SUMMARY_OPTION = "lamina.summary";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.lamina.dsl.Network");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SUMMARY_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement network = processingEnv.getElementUtils().getTypeElement("dev.lamina.dsl.Network");
    if (network == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(network)) {
      if (element instanceof TypeElement type) {
        processSafely(type);
      }
    }
    return false;
  }

  private void processSafely(TypeElement type) {
    try {
      process(type);
    } catch (RuntimeException | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.INTERNAL_ERROR.format(type.getQualifiedName(), e, trace), type);
    }
  }

  private void process(TypeElement type) {
    NetworkReader reader = new NetworkReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    NetworkDeclaration decl = reader.read(type);
    ValidationReport report = new NetworkValidator().validate(decl);
    report.printTo(processingEnv.getMessager());
    if (report.model().isEmpty()) {
      return;
    }
    NetworkModel model = report.model().get();
    if (Boolean.parseBoolean(processingEnv.getOptions().get(SUMMARY_OPTION))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
          Message.SUMMARY.format(model.interfaceName(), model.summary().format()), type);
    }
    new NetworkWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), processingEnv.getSourceVersion())
        .write(model, type);
  }
}
