package dev.lamina.processor.read;

import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.Shape;
import java.util.List;

/**
 * An {@code @Network} interface as read: its names, input, declared total, layers with their source
 * positions, and the problems of the declaration itself.
 *
 * @param packageName the interface's package
 * @param interfaceName its name within the package ({@code Outer.Inner} when nested)
 * @param input the declared input shape
 * @param declaredParams {@code @Network(params)}, or {@code Network.UNCHECKED}
 * @param layers the layer declarations, in order
 * @param layerSources where each layer was declared, aligned with {@code layers}
 * @param networkSource the interface and its {@code @Network} annotation
 * @param problems what is wrong with the declaration (the layers' shapes are checked later)
 */
public record NetworkDeclaration(String packageName, String interfaceName, Shape.Spatial input, long declaredParams,
    List<LayerDecl> layers, List<SourceRef> layerSources, SourceRef networkSource, List<SourcedProblem> problems) {

  public NetworkDeclaration {
    layers = List.copyOf(layers);
    layerSources = List.copyOf(layerSources);
    problems = List.copyOf(problems);
  }
}
