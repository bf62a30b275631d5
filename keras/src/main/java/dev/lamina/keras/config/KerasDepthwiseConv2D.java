package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Keras's {@code DepthwiseConv2D} settings; absent keys are null. */
public record KerasDepthwiseConv2D(
    @JsonProperty("kernel_size") int[] kernelSize,
    int[] strides,
    String padding,
    @JsonProperty("depth_multiplier") Integer depthMultiplier,
    @JsonProperty("data_format") String dataFormat,
    @JsonProperty("dilation_rate") int[] dilationRate,
    JsonNode activation,
    @JsonProperty("use_bias") Boolean useBias,
    @JsonProperty("depthwise_initializer") JsonNode depthwiseInitializer,
    @JsonProperty("bias_initializer") JsonNode biasInitializer,
    @JsonProperty("depthwise_regularizer") JsonNode depthwiseRegularizer,
    @JsonProperty("bias_regularizer") JsonNode biasRegularizer,
    @JsonProperty("activity_regularizer") JsonNode activityRegularizer,
    @JsonProperty("depthwise_constraint") JsonNode depthwiseConstraint,
    @JsonProperty("bias_constraint") JsonNode biasConstraint) {}
