package dev.lamina.processor.model;

import java.util.Objects;

/**
 * A layer as declared, before shapes are known.
 *
 * @param name the method's name
 * @param spec the layer's configuration
 * @param expectedOutput the {@code @OutputShape} assertion, or null when there is none
 */
public record LayerDecl(String name, LayerSpec spec, int[] expectedOutput) {
  public LayerDecl {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    expectedOutput = expectedOutput == null ? null : expectedOutput.clone();
  }

  @Override
  public int[] expectedOutput() {
    return expectedOutput == null ? null : expectedOutput.clone();
  }
}
