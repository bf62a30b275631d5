package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one method of a network interface (or of one of its superinterfaces) into a layer, and
 * reports what is wrong with its declaration: a body, parameters that are no layer handles (a
 * parameter names an input: {@code Layer block1(Conv2DLayer stem, Layer b)}), type parameters, no or several
 * layer annotations, an invalid {@code @OutputShape}, a return type that does not fit.
 */
final class LayerMethodReader {

  /** What a method turned out to be. */
  enum Status {
    /** A layer whose shape can be computed. */
    LAYER,
    /** A layer with an attribute that could not be read as written (reported); no shape after it is trusted. */
    LAYER_WITHOUT_SHAPE,
    /** A default, static or private helper method without a layer annotation: not part of the network. */
    NOT_A_LAYER,
    /** A method that cannot be a layer (reported); the network misses a layer from here on. */
    BROKEN,
    /** Source the compiler rejects on its own (a missing or mistyped annotation value); nothing reported. */
    UNREADABLE
  }

  /**
   * The result of reading one method.
   *
   * @param status what the method is
   * @param decl the layer, for {@link Status#LAYER} and {@link Status#LAYER_WITHOUT_SHAPE}
   * @param source where the layer was declared, likewise
   */
  record Outcome(Status status, LayerDecl decl, SourceRef source) {
    static Outcome of(Status status) {
      return new Outcome(status, null, null);
    }

    boolean isLayer() {
      return decl != null;
    }
  }

  private final Elements elements;
  private final Types types;

  LayerMethodReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Reads {@code method} as a member of {@code network}; problems are added to {@code problems}. */
  Outcome read(TypeElement network, ExecutableElement method, List<SourcedProblem> problems) {
    List<AnnotationMirror> layerAnnotations = Mirrors.layerAnnotations(method);
    if (!checkSignature(method, layerAnnotations, problems)) {
      return Outcome.of(layerAnnotations.isEmpty() && hasBody(method) ? Status.NOT_A_LAYER : Status.BROKEN);
    }
    AnnotationMirror annotation = layerAnnotations.get(0);
    LayerKind kind = LayerKind.forAnnotation(Mirrors.qualifiedName(annotation));
    String name = method.getSimpleName().toString();
    AnnotationMirror outputShape = Mirrors.find(method, Mirrors.OUTPUT_SHAPE);
    SourceRef source = new SourceRef(method, annotation, outputShape);
    List<Problem> readProblems = new ArrayList<>();
    LayerSpec spec;
    int[] expected;
    try {
      spec = kind.read(new AnnotationValues(annotation, elements), name, readProblems);
      expected = outputShape == null ? null : new AnnotationValues(outputShape, elements).intArray("value");
    } catch (UnreadableAnnotationException e) {
      return Outcome.of(Status.UNREADABLE);
    }
    for (Problem p : readProblems) {
      problems.add(new SourcedProblem(source, p));
    }
    if (expected != null && !checkOutputShape(source, name, expected, problems)) {
      expected = null;
    }
    checkReturnType(network, method, kind, problems);
    Status status = readProblems.isEmpty() ? Status.LAYER : Status.LAYER_WITHOUT_SHAPE;
    List<Parameter> inputs = method.getParameters().stream()
        .map(p -> new Parameter(p.getSimpleName().toString(), types.erasure(p.asType()).toString())).toList();
    return new Outcome(status, new LayerDecl(name, spec, expected, inputs), source);
  }

  private static boolean hasBody(ExecutableElement method) {
    Set<Modifier> mods = method.getModifiers();
    return mods.contains(Modifier.DEFAULT) || mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE);
  }

  /** Whether the method can be read as a layer; reports why not. Helper methods with a body are not reported. */
  private boolean checkSignature(ExecutableElement method, List<AnnotationMirror> layerAnnotations,
      List<SourcedProblem> problems) {
    String name = method.getSimpleName().toString();
    SourceRef at = new SourceRef(method, null, null);
    if (hasBody(method)) {
      Set<Modifier> mods = method.getModifiers();
      String kind = mods.contains(Modifier.DEFAULT) ? "default" : mods.contains(Modifier.STATIC) ? "static" : "private";
      if (!layerAnnotations.isEmpty()) {
        problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.METHOD_HAS_BODY, name, kind, kind)));
      }
      return false;
    }
    if (!method.getParameters().stream().allMatch(this::holdsLayer)) {
      String params = method.getParameters().stream()
          .map(p -> p.asType() + " " + p.getSimpleName()).collect(Collectors.joining(", "));
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.METHOD_HAS_PARAMETERS, name, params)));
      return false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      String params = method.getTypeParameters().stream().map(Object::toString).collect(Collectors.joining(", "));
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.GENERIC_METHOD, name, params)));
      return false;
    }
    if (layerAnnotations.isEmpty()) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.NO_LAYER_ANNOTATION, name,
          LayerKind.allAnnotations())));
      return false;
    }
    if (layerAnnotations.size() > 1) {
      String found = layerAnnotations.stream().map(m -> "@" + Mirrors.simpleName(m)).collect(Collectors.joining(" and "));
      problems.add(new SourcedProblem(new SourceRef(method, layerAnnotations.get(1), null),
          Problem.at(Attr.ANNOTATION, Message.SEVERAL_LAYER_ANNOTATIONS, name, found)));
      return false;
    }
    return true;
  }

  /** {@code @OutputShape} takes {@code {height, width, channels}} or {@code {units}}, all positive. */
  private static boolean checkOutputShape(SourceRef source, String layer, int[] expected,
      List<SourcedProblem> problems) {
    if (expected.length != 1 && expected.length != 3) {
      problems.add(new SourcedProblem(source, Problem.at(Attr.OUTPUT_SHAPE, Message.INVALID_VALUE, layer,
          "@OutputShape", "{height, width, channels} or {units}", Arrays.toString(expected),
          "Write the shape without the batch dimension, e.g. @OutputShape({14, 14, 64}) or @OutputShape(128).")));
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] <= 0) {
        problems.add(new SourcedProblem(source, Problem.atElement(Attr.OUTPUT_SHAPE, i, Message.INVALID_VALUE, layer,
            "every @OutputShape value", "positive", Arrays.toString(expected), "Use sizes >= 1.")));
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Whether a parameter can be an input: its type is {@code Layer} or a subtype (a handle type), or
   * {@code Layer} is not on the class path (the return type check reports that) or the type is erroneous
   * (javac reports it).
   */
  private boolean holdsLayer(VariableElement parameter) {
    TypeElement layer = elements.getTypeElement(LayerKind.LAYER_HANDLE);
    TypeMirror type = parameter.asType();
    return layer == null || type.getKind() == TypeKind.ERROR
        || type.getKind() == TypeKind.DECLARED && types.isSubtype(types.erasure(type), layer.asType());
  }

  /** The return type must be the kind's handle or {@code Layer}, as seen from the network (type arguments applied). */
  private void checkReturnType(TypeElement network, ExecutableElement method, LayerKind kind,
      List<SourcedProblem> problems) {
    TypeMirror returned = returnType(network, method);
    if (returned.getKind() == TypeKind.ERROR) {
      return;
    }
    SourceRef at = new SourceRef(method, null, null);
    TypeElement handle = elements.getTypeElement(kind.handleType());
    TypeElement layer = elements.getTypeElement(LayerKind.LAYER_HANDLE);
    if (handle == null || layer == null) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.WRONG_RETURN_TYPE, method.getSimpleName(),
          kind.simpleName(), kind.handleType() + " (add lamina-runtime to the class path)", returned)));
      return;
    }
    if (!types.isSameType(returned, handle.asType()) && !types.isSameType(returned, layer.asType())) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.WRONG_RETURN_TYPE, method.getSimpleName(),
          kind.simpleName(), kind.handleSimpleName() + " or Layer (dev.lamina.runtime.layer)", returned)));
    }
  }

  private TypeMirror returnType(TypeElement network, ExecutableElement method) {
    if (network.asType() instanceof DeclaredType declared) {
      try {
        return ((ExecutableType) types.asMemberOf(declared, method)).getReturnType();
      } catch (IllegalArgumentException e) {
        return method.getReturnType();
      }
    }
    return method.getReturnType();
  }
}
