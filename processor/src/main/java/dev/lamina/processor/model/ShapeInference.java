package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Threads the input shape through the declared layers: checks each layer's attributes, that it
 * accepts its input, and that its window fits; computes output shapes, tensors and costs.
 *
 * <p>Every layer's attributes are checked. Shapes are threaded only up to the first layer whose
 * input does not fit: later layers would only repeat the same root cause, so the user sees one
 * error for one mistake.
 */
public final class ShapeInference {

  /**
   * What the inference found.
   *
   * @param layers the layers whose shapes are known (all of them when there are no errors)
   * @param problems errors and warnings, in layer order
   */
  public record Result(List<LayerNode> layers, List<LayerProblem> problems) {
    public Result {
      layers = List.copyOf(layers);
      problems = List.copyOf(problems);
    }

    /** Whether no problem is an error. */
    public boolean isClean() {
      return problems.stream().noneMatch(p -> p.problem().isError());
    }
  }

  private ShapeInference() {}

  /** Runs the inference over {@code decls} starting from {@code input}. */
  public static Result infer(Shape.Spatial input, List<LayerDecl> decls) {
    List<LayerNode> nodes = new ArrayList<>(decls.size());
    List<LayerProblem> problems = new ArrayList<>();
    Shape current = input;
    boolean threading = true;
    for (int i = 0; i < decls.size(); i++) {
      LayerDecl decl = decls.get(i);
      LayerSpec spec = decl.spec();
      List<Problem> own = spec.checkAttributes(decl.name());
      add(problems, i, own);
      if (!threading || own.stream().anyMatch(Problem::isError)) {
        threading = false;
        continue;
      }
      if (!spec.inputRank().accepts(current)) {
        problems.add(new LayerProblem(i, rankProblem(decl, current, nodes.isEmpty() ? null : nodes.get(nodes.size() - 1))));
        threading = false;
        continue;
      }
      List<Problem> fit = spec.checkInput(decl.name(), current);
      add(problems, i, fit);
      if (fit.stream().anyMatch(Problem::isError)) {
        threading = false;
        continue;
      }
      Shape out = spec.outputShape(current);
      int[] expected = decl.expectedOutput();
      if (expected != null && !Arrays.equals(expected, out.dims())) {
        problems.add(new LayerProblem(i, Problem.at(Attr.VALUE, Message.OUTPUT_SHAPE_MISMATCH, decl.name(),
            Arrays.toString(expected), Arrays.toString(out.dims()), current.describe())));
      }
      nodes.add(new LayerNode(i, decl.name(), spec, current, out, spec.tensors(current), spec.macs(current)));
      current = out;
    }
    return new Result(nodes, problems);
  }

  private static Problem rankProblem(LayerDecl decl, Shape in, LayerNode previous) {
    String prevName = previous == null ? "the input" : previous.name();
    if (decl.spec().inputRank() == InputRank.FLAT) {
      return Problem.at(Attr.ANNOTATION, Message.DENSE_ON_SPATIAL, decl.name(), in.describe(), prevName);
    }
    String prevKind = previous == null ? "input" : "@" + previous.spec().annotation();
    return Problem.at(Attr.ANNOTATION, Message.SPATIAL_AFTER_FLAT, decl.name(), decl.spec().annotation(), prevName,
        prevKind, in.describe());
  }

  private static void add(List<LayerProblem> out, int index, List<Problem> problems) {
    for (Problem p : problems) {
      out.add(new LayerProblem(index, p));
    }
  }
}
