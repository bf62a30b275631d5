package dev.lamina.processor.read;

import dev.lamina.dsl.Network;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Network}-annotated type into a {@link NetworkDeclaration}.
 *
 * <p>The layers are the abstract methods of the interface and of its superinterfaces, superinterfaces
 * first ({@link InterfaceMethods}); methods of {@code dev.lamina.runtime.Model}, which a network may
 * extend, and helper methods with a body and no layer annotation are not layers. A layer's name is its
 * method's name; it must be unique in the network and must not be the name of a method the generated
 * class implements anyway ({@code Model}'s {@code summary()}, {@code layers()}, ...). A helper method
 * must not have the signature of a method the generated class declares ({@link HelperMethods}).
 */
public final class NetworkReader {
  private final Elements elements;
  private final InterfaceMethods methods;
  private final LayerMethodReader methodReader;
  private final HelperMethods helpers;
  /** No-argument methods of {@code Object} that a layer method must not be named after; see {@link #reservedNames}. */
  private static final List<String> OBJECT_RESERVED =
      List.of("toString", "hashCode", "finalize", "getClass", "notify", "notifyAll", "wait");

  /** Method names the generated class implements for other reasons, with the type they come from. */
  private final Map<String, String> reserved;

  public NetworkReader(Elements elements, Types types) {
    this.elements = elements;
    this.methods = new InterfaceMethods(elements, types);
    this.methodReader = new LayerMethodReader(elements, types);
    this.helpers = new HelperMethods(elements, types);
    this.reserved = reservedNames(elements);
  }

  /** Reads {@code type}; problems with the declaration are in the result, never thrown. */
  public NetworkDeclaration read(TypeElement type) {
    List<SourcedProblem> problems = new ArrayList<>();
    SourceRef networkSource = new SourceRef(type, Mirrors.find(type, Mirrors.NETWORK), null);
    String packageName = packageName(type);
    String interfaceName = nestedName(type);
    if (type.getKind() != ElementKind.INTERFACE) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      problems.add(new SourcedProblem(networkSource, Problem.at(Attr.ANNOTATION, Message.NOT_AN_INTERFACE, kind,
          type.getSimpleName(), type.getSimpleName())));
      return new NetworkDeclaration(packageName, interfaceName, null, Network.UNCHECKED, List.of(), List.of(),
          networkSource, problems, 0, true, List.of(type));
    }

    Shape.Spatial input = null;
    long declaredParams = Network.UNCHECKED;
    boolean complete = true;
    try {
      AnnotationValues network = new AnnotationValues(networkSource.annotation(), elements);
      AnnotationValues in = new AnnotationValues(network.annotationValue("input"), elements);
      input = new Shape.Spatial(in.intValue("height"), in.intValue("width"), in.intValue("channels"));
      declaredParams = network.longValue("params");
    } catch (UnreadableAnnotationException e) {
      complete = false;
    }

    List<LayerDecl> layers = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    int shapeLimit = Integer.MAX_VALUE;
    Map<String, ExecutableElement> names = new HashMap<>();
    List<Element> elements = new ArrayList<>();
    elements.add(type);
    for (ExecutableElement method : methods.of(type)) {
      elements.add(method);
      LayerMethodReader.Outcome outcome = methodReader.read(type, method, problems);
      switch (outcome.status()) {
        case NOT_A_LAYER -> helpers.check(type, method, problems);
        case UNREADABLE -> {
          complete = false;
          shapeLimit = Math.min(shapeLimit, layers.size());
        }
        case BROKEN -> shapeLimit = Math.min(shapeLimit, layers.size());
        case LAYER, LAYER_WITHOUT_SHAPE -> {
          if (outcome.status() == LayerMethodReader.Status.LAYER_WITHOUT_SHAPE) {
            shapeLimit = Math.min(shapeLimit, layers.size());
          }
          checkName(method, names, problems);
          layers.add(outcome.decl());
          sources.add(outcome.source());
        }
      }
    }
    boolean methodProblems = problems.stream().anyMatch(p -> p.source().element() != type);
    if (layers.isEmpty() && complete && !methodProblems) {
      problems.add(new SourcedProblem(networkSource,
          Problem.at(Attr.ANNOTATION, Message.NO_LAYERS, type.getSimpleName())));
    }
    return new NetworkDeclaration(packageName, interfaceName, input, declaredParams, layers, sources, networkSource,
        problems, shapeLimit, complete, elements);
  }

  /** A layer's name must be unique in the network and not one the generated class uses otherwise. */
  private void checkName(ExecutableElement method, Map<String, ExecutableElement> names,
      List<SourcedProblem> problems) {
    String name = method.getSimpleName().toString();
    SourceRef at = new SourceRef(method, null, null);
    String clash = reserved.get(name);
    if (clash != null) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.RESERVED_LAYER_NAME, name, clash, name)));
    }
    ExecutableElement previous = names.putIfAbsent(name, method);
    if (previous != null) {
      problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.DUPLICATE_LAYER_NAME, name,
          method.getEnclosingElement().getSimpleName(), previous.getEnclosingElement().getSimpleName())));
    }
  }

  /**
   * The no-argument methods of {@code dev.lamina.runtime.Model}, which every generated class
   * implements; {@code toString()}, which it declares too; and the no-argument methods of
   * {@code Object} that no layer method can override ({@code finalize()}, {@code hashCode()}, whose
   * return types no handle fits, and the final {@code getClass()}, {@code notify()},
   * {@code notifyAll()} and {@code wait()}). {@code clone()} is free: a public handle-returning
   * {@code clone()} legally overrides {@code Object}'s protected one.
   */
  private static Map<String, String> reservedNames(Elements elements) {
    Map<String, String> reserved = new HashMap<>();
    for (String name : OBJECT_RESERVED) {
      reserved.put(name, "java.lang.Object");
    }
    TypeElement model = elements.getTypeElement(InterfaceMethods.MODEL);
    if (model != null) {
      for (ExecutableElement m : ElementFilter.methodsIn(model.getEnclosedElements())) {
        if (m.getParameters().isEmpty() && !m.getModifiers().contains(Modifier.STATIC)) {
          reserved.put(m.getSimpleName().toString(), InterfaceMethods.MODEL);
        }
      }
    }
    return reserved;
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
