package dev.lamina.processor.read;

import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.Shape;
import java.util.List;
import java.util.Objects;

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
 */
public record NetworkDeclaration(String packageName, String interfaceName, Shape.Spatial input, long declaredParams,
    List<LayerDecl> layers, List<SourceRef> layerSources, SourceRef networkSource, List<SourcedProblem> problems,
    int shapeLimit, boolean complete) {

  public NetworkDeclaration {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(networkSource, "networkSource");
    layers = List.copyOf(layers);
    layerSources = List.copyOf(layerSources);
    problems = List.copyOf(problems);
    if (layers.size() != layerSources.size()) {
      throw new IllegalArgumentException(layers.size() + " layers but " + layerSources.size() + " sources");
    }
    shapeLimit = Math.min(shapeLimit, layers.size());
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.problem().isError());
  }
}
