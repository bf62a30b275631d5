package dev.lamina.processor.validate;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.NetworkGraph;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The checks of the wiring, where a layer method's parameters name its inputs: each parameter names an
 * earlier layer ({@code [LaminaUnknownInput]}, {@code [LaminaLaterInput]}: no cycles), its type holds
 * that layer's handle ({@code [LaminaInputType]}), a one-input layer names at most one
 * ({@code [LaminaInputCount]}), and every layer but the last is read by some layer
 * ({@code [LaminaDeadBranch]}). Input problems are reported on the parameter, the others on the
 * layer's annotation.
 */
final class GraphChecks {
  private final Types types;

  GraphChecks(Types types) {
    this.types = types;
  }

  /** The wiring problems of {@code decl}. */
  List<SourcedProblem> check(NetworkDeclaration decl) {
    List<SourcedProblem> problems = new ArrayList<>();
    List<LayerDecl> layers = decl.layers();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < layers.size(); i++) {
      index.putIfAbsent(layers.get(i).name(), i);
    }
    // Methods that are no layer because their declaration has an error: reading one is reported already.
    Set<String> brokenMethods = new HashSet<>();
    for (SourcedProblem p : decl.problems()) {
      Element e = p.source().element();
      if (p.problem().isError() && e instanceof ExecutableElement m && !index.containsKey(m.getSimpleName().toString())) {
        brokenMethods.add(m.getSimpleName().toString());
      }
    }
    boolean inputsResolved = true;
    for (int i = 0; i < layers.size(); i++) {
      LayerDecl layer = layers.get(i);
      SourceRef source = decl.layerSources().get(i);
      if (layer.readsPrevious() || !(source.element() instanceof ExecutableElement method)) {
        continue;
      }
      int most = layer.spec().maxInputs();
      if (layer.inputs().size() > most) {
        String allowed = most == 1 ? "one" : "two";
        problems.add(new SourcedProblem(source, Problem.at(Attr.ANNOTATION, Message.INPUT_COUNT, layer.name(),
            layer.spec().annotation(), allowed + (most == 1 ? " input" : " inputs"), layer.inputs().size(),
            String.join(", ", layer.inputs()), allowed + (most == 1 ? " parameter" : " parameters"))));
      }
      List<? extends VariableElement> parameters = method.getParameters();
      for (int p = 0; p < parameters.size(); p++) {
        VariableElement parameter = parameters.get(p);
        String name = parameter.getSimpleName().toString();
        SourceRef at = new SourceRef(parameter, null, null);
        Integer from = index.get(name);
        if (from == null) {
          inputsResolved = false;
          if (!brokenMethods.contains(name)) {
            problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.UNKNOWN_INPUT, layer.name(),
                name, earlier(layers, i), layer.name())));
          }
        } else if (from >= i) {
          inputsResolved = false;
          problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.LATER_INPUT, layer.name(), name,
              layer.name(), name, layer.name())));
        } else {
          checkType(decl, from, layer, parameter, at, problems);
        }
      }
    }
    if (inputsResolved) {
      checkDeadBranches(decl, problems);
    }
    return problems;
  }

  private void checkType(NetworkDeclaration decl, int from, LayerDecl layer, VariableElement parameter, SourceRef at,
      List<SourcedProblem> problems) {
    if (!(decl.layerSources().get(from).element() instanceof ExecutableElement input)) {
      return;
    }
    TypeMirror handle = input.getReturnType();
    TypeMirror type = parameter.asType();
    if (handle.getKind() == TypeKind.ERROR || type.getKind() == TypeKind.ERROR || types.isAssignable(handle, type)) {
      return;
    }
    String handleName = types.asElement(handle) == null ? handle.toString()
        : types.asElement(handle).getSimpleName().toString();
    problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.INPUT_TYPE, layer.name(),
        parameter.getSimpleName(), type, decl.layers().get(from).name(), handle, handleName)));
  }

  /** Every layer but the last must be read by a later one. */
  private static void checkDeadBranches(NetworkDeclaration decl, List<SourcedProblem> problems) {
    NetworkGraph graph = NetworkGraph.of(decl.layers());
    int last = graph.size() - 1;
    for (int i = 0; i < last; i++) {
      if (graph.consumers(i).isEmpty()) {
        problems.add(new SourcedProblem(decl.layerSources().get(i), Problem.at(Attr.ANNOTATION, Message.DEAD_BRANCH,
            decl.layers().get(i).name(), decl.layers().get(last).name())));
      }
    }
  }

  /** The names of the layers before {@code i}, or "none" for the first. */
  private static String earlier(List<LayerDecl> layers, int i) {
    if (i == 0) {
      return "none: it is the first layer, which reads the network input";
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < i; j++) {
      names.add(layers.get(j).name());
    }
    return String.join(", ", names);
  }
}
