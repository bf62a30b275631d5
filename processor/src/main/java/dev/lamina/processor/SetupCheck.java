package dev.lamina.processor;

import com.squareup.javapoet.JavaFile;
import dev.lamina.dsl.Padding;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.summary.ModelSummary;
import java.util.Optional;

/**
 * Whether the processor's own dependencies are on the annotation processor path. With plain
 * {@code javac -processorpath lamina-processor.jar} alone, javac finds the processor but not the
 * annotations' enums (in {@code lamina-dsl-annotations}) or JavaPoet, and the first use of one throws
 * {@link NoClassDefFoundError}: a set-up mistake, reported as {@link Message#SETUP_ERROR} saying
 * which jar to add, not as a bug. Maven's {@code annotationProcessorPaths} and Gradle's
 * {@code annotationProcessor} resolve these dependencies themselves.
 */
final class SetupCheck {
  /** A processor path that works, for the messages. */
  static final String EXAMPLE_PATH = "lamina-processor.jar:lamina-dsl-annotations.jar:javapoet-1.13.0.jar";

  private SetupCheck() {}

  /**
   * The {@link Message#SETUP_ERROR} text for the first dependency the processor cannot load, or
   * empty when all load.
   */
  static Optional<String> problem() {
    try {
      // Each class literal loads its class here, or throws NoClassDefFoundError.
      Class<?>[] needed = {Padding.class, ModelSummary.class, JavaFile.class};
      assert needed.length == 3;
      return Optional.empty();
    } catch (NoClassDefFoundError e) {
      return Optional.of(message(e));
    }
  }

  /**
   * The {@link Message#SETUP_ERROR} text for {@code e} when the class it could not find is one of a
   * known dependency's; empty for any other class (a bug, not a set-up mistake).
   */
  static Optional<String> explain(NoClassDefFoundError e) {
    return jarOf(missingClass(e)).isEmpty() ? Optional.empty() : Optional.of(message(e));
  }

  private static String message(NoClassDefFoundError e) {
    String missing = missingClass(e);
    String jar = jarOf(missing).orElse("the jar that holds it");
    return Message.SETUP_ERROR.format(missing, jar, jar, EXAMPLE_PATH);
  }

  /** {@code dev.lamina.dsl.Padding} from the error's {@code dev/lamina/dsl/Padding}. */
  private static String missingClass(NoClassDefFoundError e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return message.replace('/', '.');
  }

  private static Optional<String> jarOf(String className) {
    if (className.startsWith("dev.lamina.dsl.") || className.startsWith("dev.lamina.summary.")) {
      return Optional.of("lamina-dsl-annotations.jar");
    }
    if (className.startsWith("com.squareup.javapoet.")) {
      return Optional.of("javapoet-1.13.0.jar");
    }
    return Optional.empty();
  }
}
