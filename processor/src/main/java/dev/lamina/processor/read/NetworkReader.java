package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads an {@code @Network}-annotated type into a {@link NetworkDeclaration}. */
public final class NetworkReader {
  static final String NETWORK = "dev.lamina.dsl.Network";
  static final String OUTPUT_SHAPE = "dev.lamina.dsl.OutputShape";

  private final Elements elements;
  private final Types types;

  public NetworkReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Reads {@code type}; problems with the declaration are in the result, never thrown. */
  public NetworkDeclaration read(TypeElement type) {
    List<SourcedProblem> problems = new ArrayList<>();
    AnnotationMirror network = mirror(type, NETWORK);
    SourceRef networkSource = new SourceRef(type, network, null);
    checkType(networkSource, type, problems);

    AnnotationValues nv = new AnnotationValues(network, elements);
    AnnotationValues input = new AnnotationValues(nv.annotationValue("input"), elements);
    Shape.Spatial inputShape = new Shape.Spatial(input.intValue("height"), input.intValue("width"),
        input.intValue("channels"));
    checkInput(networkSource, inputShape, problems);

    List<LayerDecl> layers = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    Map<String, ExecutableElement> names = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> layerAnnotations = method.getAnnotationMirrors().stream()
          .filter(m -> LayerKind.forAnnotation(qualifiedName(m)) != null)
          .collect(Collectors.toList());
      if (!checkMethod(method, layerAnnotations, problems)) {
        continue;
      }
      AnnotationMirror annotation = layerAnnotations.get(0);
      LayerKind kind = LayerKind.forAnnotation(qualifiedName(annotation));
      String name = method.getSimpleName().toString();
      AnnotationMirror outputShape = mirror(method, OUTPUT_SHAPE);
      SourceRef source = new SourceRef(method, annotation, outputShape);
      List<Problem> readProblems = new ArrayList<>();
      LayerSpec spec = kind.read(new AnnotationValues(annotation, elements), name, readProblems);
      for (Problem p : readProblems) {
        problems.add(new SourcedProblem(source, p));
      }
      checkReturnType(source, method, kind, problems);
      ExecutableElement previous = names.putIfAbsent(name, method);
      if (previous != null) {
        problems.add(new SourcedProblem(source, Problem.at(Attr.ANNOTATION, Message.DUPLICATE_LAYER_NAME, name,
            previous.getEnclosingElement().getSimpleName())));
      }
      int[] expected = outputShape == null ? null : new AnnotationValues(outputShape, elements).intArray("value");
      layers.add(new LayerDecl(name, spec, expected));
      sources.add(source);
    }
    if (layers.isEmpty() && problems.stream().noneMatch(p -> p.source().element() != type)) {
      problems.add(new SourcedProblem(networkSource,
          Problem.at(Attr.ANNOTATION, Message.NO_LAYERS, type.getSimpleName())));
    }
    return new NetworkDeclaration(packageName(type), nestedName(type), inputShape, nv.longValue("params"), layers,
        sources, networkSource, problems);
  }

  private void checkType(SourceRef at, TypeElement type, List<SourcedProblem> problems) {
    if (type.getKind() != ElementKind.INTERFACE) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.NOT_AN_INTERFACE,
          type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), type.getSimpleName(),
          type.getSimpleName())));
      return;
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.GENERIC_INTERFACE,
          type.getSimpleName(), type.getTypeParameters())));
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.NOT_PUBLIC, type.getSimpleName())));
        break;
      }
    }
  }

  private static void checkInput(SourceRef at, Shape.Spatial in, List<SourcedProblem> problems) {
    int[] values = {in.height(), in.width(), in.channels()};
    Attr[] attrs = {Attr.HEIGHT, Attr.WIDTH, Attr.CHANNELS};
    for (int i = 0; i < 3; i++) {
      if (values[i] <= 0) {
        String name = attrs[i].attributeName();
        problems.add(new SourcedProblem(at, Problem.at(attrs[i], Message.INVALID_VALUE, "input",
            name, "positive", name + " = " + values[i], "Use " + name + " >= 1.")));
      }
    }
  }

  /** Whether the method can be read as a layer; reports why not. */
  private boolean checkMethod(ExecutableElement method, List<AnnotationMirror> layerAnnotations,
      List<SourcedProblem> problems) {
    String name = method.getSimpleName().toString();
    Set<Modifier> mods = method.getModifiers();
    if (mods.contains(Modifier.DEFAULT) || mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE)) {
      String kind = mods.contains(Modifier.DEFAULT) ? "default" : mods.contains(Modifier.STATIC) ? "static" : "private";
      if (!layerAnnotations.isEmpty()) {
        problems.add(methodProblem(method, layerAnnotations, Message.METHOD_HAS_BODY, name, kind, kind));
      }
      return false;
    }
    if (!method.getParameters().isEmpty()) {
      String params = method.getParameters().stream().map(VariableElement::asType).map(TypeMirror::toString)
          .collect(Collectors.joining(", "));
      problems.add(methodProblem(method, layerAnnotations, Message.METHOD_HAS_PARAMETERS, name, params));
      return false;
    }
    if (layerAnnotations.isEmpty()) {
      String expected = Arrays.stream(LayerKind.values()).map(k -> "@" + k.simpleName()).distinct()
          .collect(Collectors.joining(", "));
      problems.add(methodProblem(method, layerAnnotations, Message.NO_LAYER_ANNOTATION, name, expected));
      return false;
    }
    if (layerAnnotations.size() > 1) {
      String found = layerAnnotations.stream().map(m -> "@" + m.getAnnotationType().asElement().getSimpleName())
          .collect(Collectors.joining(" and "));
      problems.add(methodProblem(method, layerAnnotations.subList(1, 2), Message.SEVERAL_LAYER_ANNOTATIONS, name, found));
      return false;
    }
    return true;
  }

  private static SourcedProblem methodProblem(ExecutableElement method, List<AnnotationMirror> annotations,
      Message message, Object... args) {
    SourceRef at = new SourceRef(method, annotations.isEmpty() ? null : annotations.get(0), null);
    return new SourcedProblem(at, Problem.at(Attr.ANNOTATION, message, args));
  }

  private void checkReturnType(SourceRef at, ExecutableElement method, LayerKind kind,
      List<SourcedProblem> problems) {
    TypeElement handle = elements.getTypeElement(kind.handleType());
    if (handle == null) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.WRONG_RETURN_TYPE,
          method.getSimpleName(), kind.simpleName(), kind.handleType() + " (add lamina-runtime to the class path)",
          method.getReturnType())));
      return;
    }
    if (!types.isAssignable(handle.asType(), method.getReturnType())) {
      String expected = kind.handleType().substring(LayerKind.HANDLE_PACKAGE.length() + 1) + " or Layer";
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.WRONG_RETURN_TYPE,
          method.getSimpleName(), kind.simpleName(), expected, method.getReturnType())));
    }
  }

  private static AnnotationMirror mirror(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (qualifiedName(m).equals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  private static String qualifiedName(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private String packageName(TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  private static String nestedName(TypeElement type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
      sb.insert(0, t.getSimpleName() + ".");
    }
    return sb.toString();
  }
}
