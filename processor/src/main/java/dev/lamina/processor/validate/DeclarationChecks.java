package dev.lamina.processor.validate;

import dev.lamina.dsl.Network;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The checks of the {@code @Network} interface itself, before any layer: a public, non-generic
 * interface ({@code [LaminaGenericInterface]}, {@code [LaminaNotPublic]}), a positive input shape and
 * a non-negative declared total ({@code [LaminaInvalidValue]}).
 */
final class DeclarationChecks {
  private DeclarationChecks() {}

  /** The problems of {@code decl}'s interface and {@code @Network} values, in the order they are reported. */
  static List<SourcedProblem> check(NetworkDeclaration decl) {
    List<SourcedProblem> problems = new ArrayList<>();
    SourceRef at = decl.networkSource();
    if (!(at.element() instanceof TypeElement type) || type.getKind() != ElementKind.INTERFACE) {
      return problems;
    }
    checkType(at, type, problems);
    if (decl.input() != null) {
      checkInput(at, type, decl.input(), problems);
    }
    checkParams(at, type, decl.declaredParams(), problems);
    return problems;
  }

  private static void checkType(SourceRef at, TypeElement type, List<SourcedProblem> problems) {
    if (!type.getTypeParameters().isEmpty()) {
      String params = type.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", "));
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.GENERIC_INTERFACE,
          type.getSimpleName(), params)));
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.NOT_PUBLIC, type.getSimpleName(),
            t.getSimpleName())));
        break;
      }
    }
  }

  private static void checkInput(SourceRef at, TypeElement type, Shape.Spatial in, List<SourcedProblem> problems) {
    int[] values = {in.height(), in.width(), in.channels()};
    Attr[] attrs = {Attr.HEIGHT, Attr.WIDTH, Attr.CHANNELS};
    for (int i = 0; i < 3; i++) {
      if (values[i] <= 0) {
        String name = attrs[i].attributeName();
        problems.add(new SourcedProblem(at, Problem.at(attrs[i], Message.INVALID_VALUE, type.getSimpleName() + " input",
            name, "positive", name + " = " + values[i], "Use " + name + " >= 1.")));
      }
    }
  }

  private static void checkParams(SourceRef at, TypeElement type, long params, List<SourcedProblem> problems) {
    if (params < 0 && params != Network.UNCHECKED) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.PARAMS, Message.INVALID_VALUE, type.getSimpleName(),
          "params", "a parameter count >= 0", "params = " + params,
          "Write the total Keras's summary shows, or leave params out.")));
    }
  }
}
