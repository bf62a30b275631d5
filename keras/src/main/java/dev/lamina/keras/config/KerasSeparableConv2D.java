package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Keras's {@code SeparableConv2D} settings; absent keys are null. */
public record KerasSeparableConv2D(
    Integer filters,
    @JsonProperty("kernel_size") int[] kernelSize,
    int[] strides,
    String padding,
    @JsonProperty("depth_multiplier") Integer depthMultiplier,
    @JsonProperty("data_format") String dataFormat,
    @JsonProperty("dilation_rate") int[] dilationRate,
    JsonNode activation,
    @JsonProperty("use_bias") Boolean useBias,
    @JsonProperty("depthwise_initializer") JsonNode depthwiseInitializer,
    @JsonProperty("pointwise_initializer") JsonNode pointwiseInitializer,
    @JsonProperty("bias_initializer") JsonNode biasInitializer,
    @JsonProperty("depthwise_regularizer") JsonNode depthwiseRegularizer,
    @JsonProperty("pointwise_regularizer") JsonNode pointwiseRegularizer,
    @JsonProperty("bias_regularizer") JsonNode biasRegularizer,
    @JsonProperty("activity_regularizer") JsonNode activityRegularizer,
    @JsonProperty("depthwise_constraint") JsonNode depthwiseConstraint,
    @JsonProperty("pointwise_constraint") JsonNode pointwiseConstraint,
    @JsonProperty("bias_constraint") JsonNode biasConstraint) {}
