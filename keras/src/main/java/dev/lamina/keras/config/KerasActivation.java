package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The settings of Keras's activation layers: {@code Activation} ({@code activation}), {@code ReLU}
 * ({@code max_value}, {@code negative_slope}, {@code threshold}), {@code LeakyReLU} ({@code alpha} in
 * Keras 2, {@code negative_slope} in Keras 3), {@code ELU} ({@code alpha}) and {@code Softmax}
 * ({@code axis}); absent keys are null.
 */
public record KerasActivation(
    JsonNode activation,
    @JsonProperty("max_value") Double maxValue,
    @JsonProperty("negative_slope") Double negativeSlope,
    Double threshold,
    Double alpha,
    JsonNode axis) {}
