package dev.lamina.processor;

import com.google.auto.service.AutoService;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.NetworkReader;
import dev.lamina.processor.read.StrayLayers;
import dev.lamina.processor.validate.GeneratedClassChecks;
import dev.lamina.processor.validate.NetworkValidator;
import dev.lamina.processor.validate.ProblemPrinter;
import dev.lamina.processor.validate.ValidationReport;
import dev.lamina.processor.write.GeneratedClass;
import dev.lamina.processor.write.NetworkWriter;
import dev.lamina.processor.write.ProviderServiceFile;
import dev.lamina.processor.write.ProviderWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Checks and generates every {@code @Network} interface.
 *
 * <p>For each annotated type, in the round it appears: read the declaration, validate it (shapes,
 * parameter counts, structure), print every problem at the annotation value it concerns, and, only
 * when no problem is an error, write {@code LaminaX} implementing the interface, unless a type of that
 * name already exists ({@code [LaminaClassTaken]}), and its {@code dev.lamina.runtime.NetworkProvider}
 * {@code LaminaXProvider} ({@link ProviderWriter}). Then layer annotations outside any network are
 * reported ({@link StrayLayers}). In the last round the providers of the whole compilation are listed
 * in {@code META-INF/services/dev.lamina.runtime.NetworkProvider} ({@link ProviderServiceFile}), which
 * is how tools find every network on their class path.
 *
 * <p>Options ({@code -A}):
 * <ul>
 *   <li>{@code lamina.summary=true}: print each valid network's Keras-style summary table as a note.
 * </ul>
 *
 * <p>The processor never lets an exception reach the compiler: a dependency missing from the processor
 * path becomes one {@code [LaminaSetup]} error saying which jar to add ({@link SetupCheck}), and an
 * internal failure one {@code [LaminaInternal]} error on the element being processed, with the stack
 * trace in the message. It claims no annotation, so other processors see Lamina's annotations too.
 */
@AutoService(Processor.class)
public final class NetworkProcessor extends AbstractProcessor {
  /** The option that prints summaries. */
  public static final String SUMMARY_OPTION = "lamina.summary";

  private static final String NETWORK = "dev.lamina.dsl.Network";

  private StrayLayers strayLayers;
  /** The classes generated so far, across rounds, with the interface each implements. */
  private final Map<String, String> generatedBy = new HashMap<>();
  /** The providers generated so far, across rounds, written as one service file in the last round. */
  private final ProviderServiceFile services = new ProviderServiceFile();
  /** Whether the processor path was checked, and whether that check failed (then nothing is processed). */
  private boolean setupChecked;
  private boolean setupFailed;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    strayLayers = new StrayLayers(env.getElementUtils(), env.getTypeUtils());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.lamina.dsl.*");
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
    TypeElement network = processingEnv.getElementUtils().getTypeElement(NETWORK);
    if (network == null || !setUp()) {
      return false;
    }
    List<TypeElement> networks = new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(network)));
    for (TypeElement type : networks) {
      if (setupFailed) {
        return false;
      }
      safely(type, () -> {
        strayLayers.addNetwork(type);
        process(type);
      });
    }
    safely(null, () -> new ProblemPrinter(processingEnv.getMessager()).print(strayLayers.check(round)));
    if (round.processingOver()) {
      safely(null, () -> services.write(processingEnv.getFiler(), processingEnv.getElementUtils()));
    }
    return false;
  }

  /**
   * Checks once that the processor's dependencies load, reporting one {@code [LaminaSetup]} error when
   * they do not; then whether processing can go on.
   */
  private boolean setUp() {
    if (!setupChecked) {
      setupChecked = true;
      Optional<String> problem = SetupCheck.problem();
      problem.ifPresent(text -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text));
      setupFailed = problem.isPresent();
    }
    return !setupFailed;
  }

  private void process(TypeElement type) {
    NetworkReader reader = new NetworkReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    NetworkDeclaration decl = reader.read(type);
    ValidationReport report = new NetworkValidator(processingEnv.getTypeUtils()).validate(decl);
    report.printTo(processingEnv.getMessager());
    if (report.model().isEmpty()) {
      return;
    }
    NetworkModel model = report.model().get();
    NetworkWriter writer =
        new NetworkWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), processingEnv.getSourceVersion());
    GeneratedClass source = writer.generate(model, type);
    if (!source.clashes().isEmpty()) {
      reportNameClashes(decl, source);
      return;
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(SUMMARY_OPTION))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
          Message.SUMMARY.format(model.interfaceName(), model.summary().format()), type);
    }
    String generated = model.qualifiedGeneratedName();
    String previous = generatedBy.putIfAbsent(generated, type.getQualifiedName().toString());
    if (previous != null) {
      reportClassTaken(decl, type, generated, "the @Network interface " + previous + " is implemented by it already");
      return;
    }
    try {
      writer.write(source);
    } catch (FilerException e) {
      reportClassTaken(decl, type, generated, existing(generated));
      return;
    }
    String provider = ProviderWriter.qualifiedProviderName(model);
    try {
      new ProviderWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), processingEnv.getSourceVersion())
          .write(model, type);
      services.add(provider, type);
    } catch (FilerException e) {
      new ProblemPrinter(processingEnv.getMessager())
          .print(GeneratedClassChecks.providerTaken(decl, type, provider, existing(provider)));
    }
  }

  /** What already holds the name {@code generated}, for {@code [LaminaClassTaken]}. */
  private String existing(String generated) {
    TypeElement existing = processingEnv.getElementUtils().getTypeElement(generated);
    String kind = existing == null ? "type" : existing.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "a " + kind + " of that name already exists in this compilation";
  }

  /** Reports each generated name that two layers (or a layer and the class) would declare. */
  private void reportNameClashes(NetworkDeclaration decl, GeneratedClass source) {
    new ProblemPrinter(processingEnv.getMessager()).print(GeneratedClassChecks.nameClashes(decl, source));
  }

  /**
   * Reports that the class {@code model} would generate already exists: found by name among the classes
   * this processor generated, or by the {@link javax.annotation.processing.Filer}, which refuses a type
   * declared in source (a type only on the class path, such as a previous build's output, is no clash).
   */
  private void reportClassTaken(NetworkDeclaration decl, TypeElement type, String generated, String what) {
    new ProblemPrinter(processingEnv.getMessager())
        .print(GeneratedClassChecks.classTaken(decl, type, generated, what));
  }

  /**
   * Runs {@code work}; a failure inside it becomes one {@link Message#INTERNAL_ERROR} on {@code element}
   * (or without a position when null) instead of an exception in the compiler, or one
   * {@link Message#SETUP_ERROR} when a dependency of the processor is missing from its path.
   */
  private void safely(Element element, Runnable work) {
    try {
      work.run();
    } catch (NoClassDefFoundError e) {
      Optional<String> setup = SetupCheck.explain(e);
      if (setup.isPresent()) {
        if (!setupFailed) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, setup.get());
        }
        setupFailed = true;
      } else {
        reportInternal(element, e);
      }
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      reportInternal(element, e);
    }
  }

  private void reportInternal(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String what = element instanceof TypeElement t ? t.getQualifiedName().toString()
        : element == null ? "the layer annotations of this round" : element.toString();
    String text = Message.INTERNAL_ERROR.format(what, e, trace);
    if (element == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }
}
