package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Problem;

/**
 * A problem found on one layer (or, with index -1, on the network declaration itself).
 *
 * @param layerIndex the layer's position, or -1 for the {@code @Network} annotation
 * @param problem what is wrong and where it points
 */
public record LayerProblem(int layerIndex, Problem problem) {
  /** Index used for problems on the network rather than one layer. */
  public static final int NETWORK = -1;
}
