package dev.lamina.keras.config;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Keras model's configuration ({@code model.get_config()} with its class): a {@code Sequential}
 * model or a {@code Functional} one.
 *
 * @param className {@code Sequential}, {@code Functional} or {@code Model} (Keras 2's older name)
 * @param name the model's name
 * @param inputNames the names of its input layers (one for a model Lamina can declare)
 * @param inputShape the input's shape without the batch dimension ({@code [28, 28, 1]}); an entry is
 *     null where Keras leaves the size free ({@code None}); empty when the configuration records none
 * @param outputNames the names of the layers whose outputs are the model's outputs
 * @param layers every layer but the input layers, in Keras's order
 */
public record KerasModel(String className, String name, List<String> inputNames, List<Integer> inputShape,
    List<String> outputNames, List<KerasLayer> layers) {
  public KerasModel {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    inputNames = List.copyOf(inputNames);
    inputShape = Collections.unmodifiableList(new java.util.ArrayList<>(inputShape));
    outputNames = List.copyOf(outputNames);
    layers = List.copyOf(layers);
  }
}
