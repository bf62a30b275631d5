package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Problem;
import java.util.Objects;

/**
 * A problem together with the declaration it belongs to.
 *
 * @param source the method or interface, with its annotation
 * @param problem what is wrong and which attribute it points at
 */
public record SourcedProblem(SourceRef source, Problem problem) {
  public SourcedProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problem, "problem");
  }
}
