package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds layer annotations that can never declare a layer: on a method of a class, enum or record
 * (an error: layers are interface methods), or on a method of an interface that is neither a
 * {@code @Network} nor a superinterface of one compiled so far (a warning: a network compiled
 * elsewhere may extend it). Methods of {@code @Network} types themselves are the reader's concern.
 */
public final class StrayLayers {
  private final Elements elements;
  private final InterfaceMethods methods;
  /** Qualified names of the networks seen so far and of all their superinterfaces. */
  private final Set<String> layerHomes = new HashSet<>();

  public StrayLayers(Elements elements, Types types) {
    this.elements = elements;
    this.methods = new InterfaceMethods(elements, types);
  }

  /** Records {@code network} and its superinterfaces as types whose layer annotations are used. */
  public void addNetwork(TypeElement network) {
    layerHomes.add(network.getQualifiedName().toString());
    for (ExecutableElement m : methods.of(network)) {
      layerHomes.add(((TypeElement) m.getEnclosingElement()).getQualifiedName().toString());
    }
  }

  /** The problems of the layer annotations in {@code round} outside every network. */
  public List<SourcedProblem> check(RoundEnvironment round) {
    Map<ExecutableElement, AnnotationMirror> annotated = new LinkedHashMap<>();
    for (LayerKind kind : LayerKind.values()) {
      TypeElement annotation = elements.getTypeElement(kind.annotationName());
      if (annotation == null) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
        annotated.putIfAbsent(method, Mirrors.layerAnnotations(method).get(0));
      }
    }
    List<SourcedProblem> problems = new ArrayList<>();
    for (Map.Entry<ExecutableElement, AnnotationMirror> e : annotated.entrySet()) {
      ExecutableElement method = e.getKey();
      Element owner = method.getEnclosingElement();
      if (!(owner instanceof TypeElement type) || Mirrors.find(type, Mirrors.NETWORK) != null) {
        continue;
      }
      SourceRef at = new SourceRef(method, e.getValue(), null);
      String annotation = Mirrors.simpleName(e.getValue());
      if (type.getKind() != ElementKind.INTERFACE) {
        String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
        problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.LAYER_OUTSIDE_INTERFACE, annotation,
            method.getSimpleName() + "()", kind, type.getSimpleName())));
      } else if (!layerHomes.contains(type.getQualifiedName().toString())) {
        problems.add(new SourcedProblem(at, Problem.at(Attr.ANNOTATION, Message.ORPHAN_LAYER, annotation,
            method.getSimpleName() + "()", type.getSimpleName())));
      }
    }
    return problems;
  }
}
