package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Keras's {@code Conv2DTranspose} settings; absent keys are null. */
public record KerasConv2DTranspose(
    Integer filters,
    @JsonProperty("kernel_size") int[] kernelSize,
    int[] strides,
    String padding,
    @JsonProperty("output_padding") int[] outputPadding,
    @JsonProperty("data_format") String dataFormat,
    @JsonProperty("dilation_rate") int[] dilationRate,
    Integer groups,
    JsonNode activation,
    @JsonProperty("use_bias") Boolean useBias,
    @JsonProperty("kernel_initializer") JsonNode kernelInitializer,
    @JsonProperty("bias_initializer") JsonNode biasInitializer,
    @JsonProperty("kernel_regularizer") JsonNode kernelRegularizer,
    @JsonProperty("bias_regularizer") JsonNode biasRegularizer,
    @JsonProperty("activity_regularizer") JsonNode activityRegularizer,
    @JsonProperty("kernel_constraint") JsonNode kernelConstraint,
    @JsonProperty("bias_constraint") JsonNode biasConstraint) {}
