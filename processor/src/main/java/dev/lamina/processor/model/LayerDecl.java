package dev.lamina.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A layer as declared, before shapes are known.
 *
 * @param name the method's name
 * @param spec the layer's configuration
 * @param expectedOutput the {@code @OutputShape} assertion, or null when there is none
 * @param parameters the method's parameters, each naming a layer it reads, in declaration order; empty
 *     when it reads the layer declared before it (or the network input, for the first layer)
 */
public record LayerDecl(String name, LayerSpec spec, int[] expectedOutput, List<Parameter> parameters) {
  public LayerDecl {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    expectedOutput = expectedOutput == null ? null : expectedOutput.clone();
    parameters = List.copyOf(parameters);
  }

  /** A layer that reads the layer declared before it (a chain link). */
  public LayerDecl(String name, LayerSpec spec, int[] expectedOutput) {
    this(name, spec, expectedOutput, List.of());
  }

  /** Whether the layer reads the layer declared before it rather than naming its inputs. */
  public boolean readsPrevious() {
    return parameters.isEmpty();
  }

  /** The names of the layers it names as inputs (its parameters' names); empty for {@link #readsPrevious()}. */
  public List<String> inputs() {
    return parameters.stream().map(Parameter::name).toList();
  }

  @Override
  public int[] expectedOutput() {
    return expectedOutput == null ? null : expectedOutput.clone();
  }
}
