package dev.lamina.processor.validate;

import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.read.SourcedProblem;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;

/**
 * Everything found about one network: its problems, each with its source position, and, when none is
 * an error, the model to generate code from. Printed once (Dagger's {@code ValidationReport}).
 */
public final class ValidationReport {
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

  /** The validated model; present when no problem is an error and every annotation could be read. */
  public Optional<NetworkModel> model() {
    return Optional.ofNullable(model);
  }

  /**
   * Reports every problem through {@code messager}, at the annotation value it points at (see
   * {@link ProblemPrinter}); suppressed warnings are skipped. Prints only once.
   */
  public void printTo(Messager messager) {
    if (printed) {
      return;
    }
    printed = true;
    new ProblemPrinter(messager).print(problems);
  }
}
