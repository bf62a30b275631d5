package dev.lamina.processor.model;

import java.util.Objects;

/**
 * A layer method's parameter: one input, named after the layer it reads.
 *
 * @param name the parameter's name, which is the input layer's name
 * @param type the parameter's declared type, as a canonical name ({@code dev.lamina.runtime.layer.Layer}),
 *     which the generated method repeats to override the interface's
 */
public record Parameter(String name, String type) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
