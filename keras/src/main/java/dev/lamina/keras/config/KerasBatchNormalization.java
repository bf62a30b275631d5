package dev.lamina.keras.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keras's {@code BatchNormalization} settings; absent keys are null. {@code axis} is a number (Keras 3)
 * or a list (Keras 2).
 */
public record KerasBatchNormalization(
    JsonNode axis,
    Double momentum,
    Double epsilon,
    Boolean center,
    Boolean scale,
    Boolean renorm,
    @JsonProperty("virtual_batch_size") Integer virtualBatchSize,
    JsonNode adjustment,
    @JsonProperty("beta_initializer") JsonNode betaInitializer,
    @JsonProperty("gamma_initializer") JsonNode gammaInitializer,
    @JsonProperty("moving_mean_initializer") JsonNode movingMeanInitializer,
    @JsonProperty("moving_variance_initializer") JsonNode movingVarianceInitializer,
    @JsonProperty("beta_regularizer") JsonNode betaRegularizer,
    @JsonProperty("gamma_regularizer") JsonNode gammaRegularizer,
    @JsonProperty("beta_constraint") JsonNode betaConstraint,
    @JsonProperty("gamma_constraint") JsonNode gammaConstraint) {}
