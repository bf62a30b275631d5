package dev.lamina.processor.read;

import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * An {@code @Network} interface as read: its names, input, declared total, layers with their source
 * positions, and the problems of the declaration itself.
 *
 * @param packageName the interface's package
 * @param interfaceName its name within the package ({@code Outer.Inner} when nested)
 * @param input the declared input shape; null when it could not be read (see {@code complete})
 * @param declaredParams {@code @Network(params)}, or {@code Network.UNCHECKED}
 * @param layers the layer declarations, in network order (superinterfaces' first)
 * @param layerSources where each layer was declared, aligned with {@code layers}
 * @param networkSource the interface and its {@code @Network} annotation
 * @param problems what is wrong with the declaration (the layers' shapes are checked later)
 * @param shapeLimit how many leading layers have a declaration sound enough to thread shapes
 *     through; {@code layers.size()} when all have
 * @param complete false when some annotation could not be read because the source has errors the
 *     compiler reports itself; such a network gets no model and no further messages
 * @param elements the interface followed by every method read, in network order: the order in which
 *     problems are best reported
 */
public record NetworkDeclaration(String packageName, String interfaceName, Shape.Spatial input, long declaredParams,
    List<LayerDecl> layers, List<SourceRef> layerSources, SourceRef networkSource, List<SourcedProblem> problems,
    int shapeLimit, boolean complete, List<Element> elements) {

  public NetworkDeclaration {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(networkSource, "networkSource");
    layers = List.copyOf(layers);
    layerSources = List.copyOf(layerSources);
    problems = List.copyOf(problems);
    elements = List.copyOf(elements);
    if (layers.size() != layerSources.size()) {
      throw new IllegalArgumentException(layers.size() + " layers but " + layerSources.size() + " sources");
    }
    shapeLimit = Math.min(shapeLimit, layers.size());
  }

  /**
   * {@code problems} ordered as {@link #elements()}: the interface's first, then each method's in
   * network order; problems of one element keep their order.
   */
  public static List<SourcedProblem> inSourceOrder(List<SourcedProblem> problems, List<Element> elements) {
    List<SourcedProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(p -> {
      Element e = p.source().element();
      int at = elements.indexOf(e);
      if (at < 0 && e.getEnclosingElement() != null) { // a parameter: its method's place
        at = elements.indexOf(e.getEnclosingElement());
      }
      return at < 0 ? Integer.MAX_VALUE : at;
    }));
    return sorted;
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.problem().isError());
  }
}
