package dev.lamina.processor.validate;

import dev.lamina.processor.read.SourceRef;
import dev.lamina.processor.read.SourcedProblem;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints problems through a {@link Messager} at the annotation value each points at, so that the
 * compiler's caret lands on what the user typed. Warnings are skipped where
 * {@code @SuppressWarnings("lamina")} (or {@code "all"}) is on the element or an enclosing one.
 */
public final class ProblemPrinter {
  /** What users put in {@code @SuppressWarnings} to silence Lamina's warnings. */
  public static final String SUPPRESSION_KEY = "lamina";

  private final Messager messager;

  public ProblemPrinter(Messager messager) {
    this.messager = messager;
  }

  /** Prints {@code problems} in order. */
  public void print(List<SourcedProblem> problems) {
    for (SourcedProblem p : problems) {
      print(p);
    }
  }

  /** Prints one problem, unless it is a suppressed warning. */
  public void print(SourcedProblem p) {
    Diagnostic.Kind kind = switch (p.problem().message().kind()) {
      case ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      case NOTE -> Diagnostic.Kind.NOTE;
    };
    if (kind == Diagnostic.Kind.WARNING && suppressed(p.source().element())) {
      return;
    }
    SourceRef.Position at = p.source().locate(p.problem().attr(), p.problem().index());
    if (at.annotation() == null) {
      messager.printMessage(kind, p.problem().text(), at.element());
    } else if (at.value() == null) {
      messager.printMessage(kind, p.problem().text(), at.element(), at.annotation());
    } else {
      messager.printMessage(kind, p.problem().text(), at.element(), at.annotation(), at.value());
    }
  }

  /** Whether {@code @SuppressWarnings("lamina")} or {@code ("all")} is on {@code element} or around it. */
  static boolean suppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror m : e.getAnnotationMirrors()) {
        if (m.getAnnotationType().asElement() instanceof TypeElement t
            && t.getQualifiedName().contentEquals("java.lang.SuppressWarnings") && suppresses(m)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotationMirror suppressWarnings) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : suppressWarnings.getElementValues().entrySet()) {
      Object value = e.getValue().getValue();
      List<?> keys = value instanceof List<?> list ? list : List.of(e.getValue());
      for (Object key : keys) {
        Object k = key instanceof AnnotationValue v ? v.getValue() : key;
        if (SUPPRESSION_KEY.equals(k) || "all".equals(k)) {
          return true;
        }
      }
    }
    return false;
  }
}
