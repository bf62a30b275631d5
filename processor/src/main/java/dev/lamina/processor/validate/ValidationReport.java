package dev.lamina.processor.validate;

import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Everything found about one network: its problems, each with its source position, and, when none is
 * an error, the model to generate code from. Printed once (Dagger's {@code ValidationReport}).
 */
public final class ValidationReport {
  /** What users put in {@code @SuppressWarnings} to silence Lamina's warnings. */
  public static final String SUPPRESSION_KEY = "lamina";

  private final List<SourcedProblem> problems;
  private final NetworkModel model;
  private boolean printed;

  ValidationReport(List<SourcedProblem> problems, NetworkModel model) {
    this.problems = List.copyOf(problems);
    this.model = model;
  }

  /** Every problem, errors and warnings, in source order. */
  public List<SourcedProblem> problems() {
    return problems;
  }

  /** Whether no problem is an error. */
  public boolean isClean() {
    return problems.stream().noneMatch(p -> p.problem().isError());
  }

  /** The validated model; present exactly when {@link #isClean()}. */
  public Optional<NetworkModel> model() {
    return Optional.ofNullable(model);
  }

  /**
   * Reports every problem through {@code messager}, at the annotation value it points at; warnings
   * suppressed with {@code @SuppressWarnings("lamina")} on the element or an enclosing one are
   * skipped. Prints only once.
   */
  public void printTo(Messager messager) {
    if (printed) {
      return;
    }
    printed = true;
    for (SourcedProblem p : problems) {
      Diagnostic.Kind kind = switch (p.problem().message().kind()) {
        case ERROR -> Diagnostic.Kind.ERROR;
        case WARNING -> Diagnostic.Kind.WARNING;
        case NOTE -> Diagnostic.Kind.NOTE;
      };
      if (kind == Diagnostic.Kind.WARNING && suppressed(p.source().element())) {
        continue;
      }
      SourceRef.Position at = p.source().locate(p.problem().attr(), p.problem().index());
      if (at.annotation() == null) {
        messager.printMessage(kind, p.problem().text(), at.element());
      } else if (at.value() == null) {
        messager.printMessage(kind, p.problem().text(), at.element(), at.annotation());
      } else {
        messager.printMessage(kind, p.problem().text(), at.element(), at.annotation(), at.value());
      }
    }
  }

  private static boolean suppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
      if (s != null) {
        for (String key : s.value()) {
          if (key.equals(SUPPRESSION_KEY) || key.equals("all")) {
            return true;
          }
        }
      }
    }
    return false;
  }

}
