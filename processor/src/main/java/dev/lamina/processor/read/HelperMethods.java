package dev.lamina.processor.read;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.write.GeneratedMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a network's helper methods, the default methods of the interface and its superinterfaces,
 * against the methods the generated class declares: one with the same name and parameter types would
 * be overridden by a static or private method ({@code create(long)}, {@code checkFinite(...)}: an error
 * in the generated file), silently replaced ({@code Model}'s methods), or inherited twice
 * ({@code Model}'s defaults, when the interface does not extend {@code Model}).
 */
final class HelperMethods {
  private final Types types;
  private final TypeElement model;

  HelperMethods(Elements elements, Types types) {
    this.types = types;
    this.model = elements.getTypeElement(InterfaceMethods.MODEL);
  }

  /** Adds a problem when {@code method}, a helper method of {@code network}, matches a generated one. */
  void check(TypeElement network, ExecutableElement method, List<SourcedProblem> problems) {
    if (!method.getModifiers().contains(Modifier.DEFAULT)) {
      return;
    }
    List<String> parameters = method.getParameters().stream()
        .map(p -> types.erasure(p.asType()).toString()).collect(Collectors.toList());
    for (GeneratedMethods.Signature s : signatures(network)) {
      if (s.name().contentEquals(method.getSimpleName()) && s.parameterTypes().equals(parameters)) {
        String signature = s.name() + s.parameterTypes().stream().map(HelperMethods::simpleName)
            .collect(Collectors.joining(", ", "(", ")"));
        String found = "default " + method.getReturnType() + " " + method;
        problems.add(new SourcedProblem(new SourceRef(method, null, null), Problem.at(Attr.ANNOTATION,
            Message.GENERATED_METHOD_CLASH, signature, s.role(), found)));
        return;
      }
    }
  }

  /** The generated class's own methods, and {@code Model}'s as far as they clash for {@code network}. */
  private List<GeneratedMethods.Signature> signatures(TypeElement network) {
    List<GeneratedMethods.Signature> all = new ArrayList<>(GeneratedMethods.OWN);
    if (model == null) {
      return all;
    }
    boolean extendsModel = types.isAssignable(network.asType(), model.asType());
    for (ExecutableElement m : ElementFilter.methodsIn(model.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      boolean isDefault = m.getModifiers().contains(Modifier.DEFAULT);
      if (isDefault && extendsModel) {
        continue;
      }
      List<String> parameters = m.getParameters().stream().map(p -> types.erasure(p.asType()).toString())
          .collect(Collectors.toList());
      all.add(new GeneratedMethods.Signature(m.getSimpleName().toString(), parameters,
          isDefault ? "inherits as a default of " + InterfaceMethods.MODEL : "implements for " + InterfaceMethods.MODEL));
    }
    return all;
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
