package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Keras's {@code GlobalMaxPooling2D} and {@code GlobalAveragePooling2D} settings; absent keys are null. */
public record KerasGlobalPooling2D(
    @JsonProperty("data_format") String dataFormat,
    Boolean keepdims) {}
