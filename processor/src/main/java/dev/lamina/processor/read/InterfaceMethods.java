package dev.lamina.processor.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The methods a {@code @Network} interface's layers are read from, in network order: first those of
 * its superinterfaces, depth first in the order of its {@code extends} clause (each superinterface
 * once, however often it is inherited), then its own, each type's in declaration order.
 *
 * <p>{@code dev.lamina.runtime.Model} and its supertypes are left out: a network interface may
 * extend {@code Model}, whose methods the generated class implements.
 */
final class InterfaceMethods {
  /** The runtime's model contract. */
  static final String MODEL = "dev.lamina.runtime.Model";

  private final Types types;
  private final TypeMirror model;

  InterfaceMethods(Elements elements, Types types) {
    this.types = types;
    TypeElement modelType = elements.getTypeElement(MODEL);
    this.model = modelType == null ? null : modelType.asType();
  }

  /** The methods of {@code network} and its superinterfaces, superinterfaces first. */
  List<ExecutableElement> of(TypeElement network) {
    Set<TypeElement> order = new LinkedHashSet<>();
    visit(network, new HashSet<>(), order);
    List<ExecutableElement> methods = new ArrayList<>();
    for (TypeElement t : order) {
      methods.addAll(ElementFilter.methodsIn(t.getEnclosedElements()));
    }
    return methods;
  }

  /** Post-order: supertypes before {@code type}; {@code seen} guards against cycles in erroneous source. */
  private void visit(TypeElement type, Set<TypeElement> seen, Set<TypeElement> order) {
    seen.add(type);
    for (TypeMirror s : type.getInterfaces()) {
      if (s.getKind() != TypeKind.DECLARED || isModel(s)) {
        continue;
      }
      TypeElement superType = (TypeElement) types.asElement(s);
      if (!seen.contains(superType)) {
        visit(superType, seen, order);
      }
    }
    order.add(type);
  }

  /** Whether {@code type} is {@code Model} or one of its supertypes. */
  private boolean isModel(TypeMirror type) {
    return model != null && types.isAssignable(model, types.erasure(type));
  }
}
