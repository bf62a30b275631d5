package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Keras's {@code Flatten} settings; absent keys are null. */
public record KerasFlatten(@JsonProperty("data_format") String dataFormat) {}
