package dev.lamina.processor.validate;

import dev.lamina.dsl.Network;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.LayerProblem;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.model.ShapeInference;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a read network: the declaration's problems, then (when the layers could be read) the
 * shape inference, then the declared parameter total. Never throws for a user mistake.
 */
public final class NetworkValidator {

  /** Builds the report for {@code decl}. */
  public ValidationReport validate(NetworkDeclaration decl) {
    List<SourcedProblem> problems = new ArrayList<>(decl.problems());
    boolean declarationClean = problems.stream().noneMatch(p -> p.problem().isError());
    if (decl.layers().isEmpty() || decl.input().height() <= 0 || decl.input().width() <= 0
        || decl.input().channels() <= 0) {
      return new ValidationReport(problems, null);
    }
    ShapeInference.Result result = ShapeInference.infer(decl.input(), decl.layers());
    for (LayerProblem lp : result.problems()) {
      SourceRef at = lp.layerIndex() == LayerProblem.NETWORK ? decl.networkSource()
          : decl.layerSources().get(lp.layerIndex());
      problems.add(new SourcedProblem(at, lp.problem()));
    }
    if (!result.isClean() || result.layers().size() != decl.layers().size()) {
      return new ValidationReport(problems, null);
    }
    NetworkModel model = new NetworkModel(decl.packageName(), decl.interfaceName(), decl.input(), result.layers());
    if (decl.declaredParams() != Network.UNCHECKED && decl.declaredParams() != model.totalParams()) {
      problems.add(new SourcedProblem(decl.networkSource(), Problem.at(Attr.PARAMS, Message.PARAMS_MISMATCH,
          decl.interfaceName(), decl.declaredParams(), model.totalParams(),
          model.totalParams() - decl.declaredParams(), model.summary().format())));
    }
    boolean clean = declarationClean && problems.stream().noneMatch(p -> p.problem().isError());
    return new ValidationReport(problems, clean ? model : null);
  }
}
