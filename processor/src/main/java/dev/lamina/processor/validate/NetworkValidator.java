package dev.lamina.processor.validate;

import dev.lamina.dsl.Network;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.ActivationMemory;
import dev.lamina.processor.model.LayerProblem;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import dev.lamina.summary.ModelSummary;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Types;

/**
 * Validates a read network: the interface's own checks ({@link DeclarationChecks}), the problems the
 * reader found, then (when the input is valid) the shape inference over the layer graph
 * ({@link ShapeInference}), then the declared parameter total. Never throws for a user mistake.
 *
 * <p>One mistake gives one error: shapes are threaded only up to the first layer whose declaration or
 * shape is wrong, and the declared total is compared only when every shape is known.
 */
public final class NetworkValidator {
  private final GraphChecks graphChecks;

  /** A validator that compares types with {@code types}. */
  public NetworkValidator(Types types) {
    this.graphChecks = new GraphChecks(types);
  }

  /** Builds the report for {@code decl}. */
  public ValidationReport validate(NetworkDeclaration decl) {
    List<SourcedProblem> problems = new ArrayList<>(DeclarationChecks.check(decl));
    problems.addAll(decl.problems());
    if (decl.complete()) {
      problems.addAll(graphChecks.check(decl));
    }
    Shape.Spatial input = decl.input();
    if (!decl.complete() || decl.layers().isEmpty() || input == null) {
      return new ValidationReport(NetworkDeclaration.inSourceOrder(problems, decl.elements()), null);
    }
    boolean inputValid = input.height() > 0 && input.width() > 0 && input.channels() > 0;
    // With an invalid input (reported by the reader) every layer's attributes are still checked.
    ShapeInference.Result result = ShapeInference.infer(input, decl.layers(), inputValid ? decl.shapeLimit() : 0);
    for (LayerProblem lp : result.problems()) {
      SourceRef at = lp.layerIndex() == LayerProblem.NETWORK ? decl.networkSource()
          : decl.layerSources().get(lp.layerIndex());
      problems.add(new SourcedProblem(at, lp.problem()));
    }
    if (!result.isClean() || result.layers().size() != decl.layers().size()) {
      return new ValidationReport(NetworkDeclaration.inSourceOrder(problems, decl.elements()), null);
    }
    NetworkModel model = new NetworkModel(decl.packageName(), decl.interfaceName(), input, result.layers());
    if (decl.declaredParams() != Network.UNCHECKED && decl.declaredParams() >= 0
        && decl.declaredParams() != model.totalParams()) {
      problems.add(new SourcedProblem(decl.networkSource(), Problem.at(Attr.PARAMS, Message.PARAMS_MISMATCH,
          decl.interfaceName(), decl.declaredParams(), model.totalParams(),
          model.totalParams() - decl.declaredParams(), model.summary().format())));
    }
    long activationBytes = ActivationMemory.bytes(model);
    if (activationBytes > ActivationMemory.WARNING_BYTES) {
      problems.add(new SourcedProblem(decl.networkSource(), Problem.at(Attr.INPUT, Message.LARGE_ACTIVATIONS,
          decl.interfaceName(), ModelSummary.readableBytes(activationBytes), ActivationMemory.values(model),
          ModelSummary.readableBytes(ActivationMemory.WARNING_BYTES),
          ModelSummary.readableBytes(ActivationMemory.trainingBatchBytes(model)))));
    }
    boolean clean = problems.stream().noneMatch(p -> p.problem().isError());
    return new ValidationReport(NetworkDeclaration.inSourceOrder(problems, decl.elements()), clean ? model : null);
  }
}
