package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Keras's {@code Dropout} settings; absent keys are null. */
public record KerasDropout(
    Double rate,
    @JsonProperty("noise_shape") JsonNode noiseShape,
    Long seed) {}
