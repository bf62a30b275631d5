package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Keras's {@code MaxPooling2D} and {@code AveragePooling2D} settings; absent keys are null. */
public record KerasPooling2D(
    @JsonProperty("pool_size") int[] poolSize,
    int[] strides,
    String padding,
    @JsonProperty("data_format") String dataFormat) {}
