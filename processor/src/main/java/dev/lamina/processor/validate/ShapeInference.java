package dev.lamina.processor.validate;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.ActivationSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.InputRank;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.LayerProblem;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.NetworkGraph;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.model.TensorSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Threads the input shape through the declared layers: checks each layer's attributes, that it
 * accepts its input, and that its window fits; computes output shapes, tensors and costs.
 *
 * <p>The layers form a {@link NetworkGraph} in topological order. Every layer's attributes are
 * checked. A node gets a shape only when every node it reads has one: a node whose input does not fit
 * (or whose declaration is already known to be broken) stops what is downstream of it, which would
 * only repeat the same root cause, so the user sees one error for one mistake; other branches go on.
 * In a chain this is the first broken layer stopping every later one.
 */
public final class ShapeInference {
  /** The most values one example's activations, or one parameter tensor, may have: a Java array's. */
  public static final long MAX_TENSOR_SIZE = Integer.MAX_VALUE;

  /**
   * What the inference found.
   *
   * @param layers the layers whose shapes are known, in topological order (all of them when there are
   *     no errors)
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

  /** Runs the inference over all of {@code decls} starting from {@code input}. */
  public static Result infer(Shape.Spatial input, List<LayerDecl> decls) {
    return infer(input, decls, decls.size());
  }

  /**
   * Runs the inference over {@code decls} starting from {@code input}, threading shapes through at
   * most the first {@code shapeLimit} layers (the declaration of layer {@code shapeLimit} is broken,
   * so no shape after it can be trusted); the attributes of every layer are still checked.
   */
  public static Result infer(Shape.Spatial input, List<LayerDecl> decls, int shapeLimit) {
    NetworkGraph graph = NetworkGraph.of(decls);
    LayerNode[] built = new LayerNode[decls.size()];
    List<LayerNode> nodes = new ArrayList<>(decls.size());
    List<LayerProblem> problems = new ArrayList<>();
    for (int i = 0; i < decls.size(); i++) {
      LayerDecl decl = decls.get(i);
      LayerSpec spec = decl.spec();
      List<Problem> own = spec.checkAttributes(decl.name());
      add(problems, i, own);
      checkActivation(problems, i, decls);
      if (i >= shapeLimit || own.stream().anyMatch(Problem::isError)) {
        continue;
      }
      // A node gets a shape only when every node it reads has one: a broken node stops what is downstream.
      List<Integer> inputs = graph.inputs(i);
      if (!inputs.stream().allMatch(in -> known(in, built))) {
        continue;
      }
      if (inputs.size() < spec.minInputs()) {
        problems.add(new LayerProblem(i, Problem.at(Attr.ANNOTATION, Message.MERGE_INPUTS, decl.name(),
            spec.annotation(), spec.minInputs(), decl.readsPrevious() ? 1 : inputs.size())));
        continue;
      }
      if (inputs.size() > spec.maxInputs()) {
        continue; // GraphChecks reports it on the declaration
      }
      int from = inputs.get(0);
      LayerNode previous = from == NetworkGraph.NETWORK_INPUT ? null : built[from];
      Shape current = previous == null ? input : previous.output();
      if (spec.minInputs() > 1) {
        Problem mismatch = MergeShapes.check(decl, inputs, input, built);
        if (mismatch != null) {
          problems.add(new LayerProblem(i, mismatch));
          continue;
        }
        List<Shape> shapes = inputs.stream().map(in -> in == NetworkGraph.NETWORK_INPUT ? (Shape) input
            : built[in].output()).toList();
        current = spec.mergedShape(shapes);
      }
      if (!spec.inputRank().accepts(current)) {
        problems.add(new LayerProblem(i, rankProblem(decl, current, previous)));
        continue;
      }
      List<Problem> fit = spec.checkInput(decl.name(), current);
      add(problems, i, fit);
      if (fit.stream().anyMatch(Problem::isError)) {
        continue;
      }
      LayerNode node;
      try {
        node = node(i, decl, current, inputs);
      } catch (ArithmeticException e) {
        node = null;
      }
      String tooLarge = node == null ? "sizes that overflow Java's integer arithmetic" : tooLarge(node);
      if (tooLarge != null) {
        problems.add(new LayerProblem(i, Problem.at(Attr.ANNOTATION, Message.TENSOR_TOO_LARGE, decl.name(),
            spec.annotation(), current.describe(), tooLarge)));
        continue;
      }
      int[] expected = decl.expectedOutput();
      if (expected != null && !Arrays.equals(expected, node.output().dims())) {
        problems.add(new LayerProblem(i, Problem.at(Attr.OUTPUT_SHAPE, Message.OUTPUT_SHAPE_MISMATCH, decl.name(),
            Arrays.toString(expected), Arrays.toString(node.output().dims()), current.describe())));
      }
      built[i] = node;
      nodes.add(node);
    }
    return new Result(nodes, problems);
  }

  /** Whether the shape of node {@code index} (or of the network input) is known. */
  private static boolean known(int index, LayerNode[] built) {
    return index == NetworkGraph.NETWORK_INPUT || index >= 0 && built[index] != null;
  }

  private static LayerNode node(int index, LayerDecl decl, Shape in, List<Integer> inputs) {
    LayerSpec spec = decl.spec();
    Shape out = spec.outputShape(in);
    List<TensorSpec> tensors = spec.tensors(in);
    long macs;
    try {
      macs = spec.macs(in);
    } catch (ArithmeticException e) {
      // A cost too large to count does not make the layer invalid: the summary says TOO_LARGE.
      macs = dev.lamina.summary.ModelSummary.TOO_LARGE;
    }
    LayerNode node = new LayerNode(index, decl.name(), spec, in, out, tensors, macs, inputs,
        decl.parameters());
    node.params();
    return node;
  }

  /** What exceeds {@link #MAX_TENSOR_SIZE}, or null when everything fits. */
  private static String tooLarge(LayerNode node) {
    long size = node.output().size();
    if (size > MAX_TENSOR_SIZE) {
      return "an output of " + node.output().describe() + " = " + size + " values";
    }
    for (TensorSpec t : node.tensors()) {
      if (t.size() > MAX_TENSOR_SIZE) {
        return "a " + t.name() + " tensor " + Arrays.toString(t.shape()) + " of " + t.size() + " values";
      }
    }
    return null;
  }

  /** Warns about a softmax before the last layer: it turns hidden features into probabilities. */
  private static void checkActivation(List<LayerProblem> out, int index, List<LayerDecl> decls) {
    LayerSpec spec = decls.get(index).spec();
    if (index == decls.size() - 1 || spec.activation() != ActivationFunction.SOFTMAX) {
      return;
    }
    Attr attr = spec instanceof ActivationSpec ? Attr.VALUE : Attr.ACTIVATION;
    out.add(new LayerProblem(index, Problem.at(attr, Message.HIDDEN_SOFTMAX, decls.get(index).name(),
        decls.get(decls.size() - 1).name())));
  }

  private static Problem rankProblem(LayerDecl decl, Shape in, LayerNode previous) {
    String prevName = previous == null ? "the input" : previous.name();
    if (decl.spec().inputRank() == InputRank.FLAT) {
      return Problem.at(Attr.ANNOTATION, Message.DENSE_ON_SPATIAL, decl.name(), in.describe(), prevName);
    }
    String prevKind = previous == null ? "input" : "@" + previous.spec().annotation();
    if (decl.spec() instanceof FlattenSpec) {
      return Problem.at(Attr.ANNOTATION, Message.ALREADY_FLAT, decl.name(), prevName, prevKind, in.describe());
    }
    return Problem.at(Attr.ANNOTATION, Message.SPATIAL_AFTER_FLAT, decl.name(), decl.spec().annotation(), prevName,
        prevKind, in.describe());
  }

  private static void add(List<LayerProblem> out, int index, List<Problem> problems) {
    for (Problem p : problems) {
      out.add(new LayerProblem(index, p));
    }
  }
}
