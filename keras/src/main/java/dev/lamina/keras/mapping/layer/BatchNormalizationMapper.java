package dev.lamina.keras.mapping.layer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lamina.keras.KerasFormatException;
import dev.lamina.keras.config.KerasBatchNormalization;
import dev.lamina.keras.config.KerasJson;
import dev.lamina.keras.mapping.LayerMapper;
import dev.lamina.keras.mapping.LayerSettings;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.layer.config.BatchNormConfig;
import java.util.Set;

/**
 * Keras {@code BatchNormalization} to {@code @BatchNorm}: over the channel axis (the last), with the
 * same momentum, epsilon, {@code center} and {@code scale}; no renormalization, virtual batches or
 * adjustment.
 */
public final class BatchNormalizationMapper implements LayerMapper {
  @Override
  public Set<String> kerasClasses() {
    return Set.of("BatchNormalization");
  }

  @Override
  public MappedLayer map(LayerSettings s) throws KerasFormatException {
    KerasBatchNormalization c = s.read(KerasBatchNormalization.class);
    checkAxis(s, c.axis());
    if (Boolean.TRUE.equals(c.renorm())) {
      throw s.unsupported("renorm", true, "Lamina's @BatchNorm has no batch renormalization");
    }
    if (c.virtualBatchSize() != null) {
      throw s.unsupported("virtual_batch_size", c.virtualBatchSize(), "Lamina's @BatchNorm normalizes whole batches");
    }
    if (KerasJson.present(c.adjustment())) {
      throw s.unsupported("adjustment", c.adjustment(), "Lamina's @BatchNorm has no adjustment function");
    }
    for (String key : new String[] {"beta_initializer", "gamma_initializer", "moving_mean_initializer",
        "moving_variance_initializer"}) {
      JsonNode init = s.layer().config().get(key);
      boolean usual = !KerasJson.present(init) || init.path("class_name").asText("").matches("Zeros|Ones|zeros|ones");
      if (!usual) {
        s.note(key + " " + init + ": Lamina's @BatchNorm starts beta and the mean at 0, gamma and the variance at 1"
            + " (it matters only when training starts from scratch)");
      }
    }
    s.trainingOnly("beta_regularizer", c.betaRegularizer());
    s.trainingOnly("gamma_regularizer", c.gammaRegularizer());
    s.trainingOnly("beta_constraint", c.betaConstraint());
    s.trainingOnly("gamma_constraint", c.gammaConstraint());
    double momentum = c.momentum() == null ? 0.99 : c.momentum();
    double epsilon = c.epsilon() == null ? 1e-3 : c.epsilon();
    return s.mapped(new BatchNormConfig(momentum, epsilon, c.center() == null || c.center(),
        c.scale() == null || c.scale()));
  }

  /** The axis must be the channels: -1, or the last axis's index (3 on an image, 1 on a flat input). */
  private static void checkAxis(LayerSettings s, JsonNode axis) {
    if (!KerasJson.present(axis)) {
      return;
    }
    JsonNode single = axis.isArray() && axis.size() == 1 ? axis.get(0) : axis;
    int last = s.input().dims().length;
    if (!single.isInt() || (single.asInt() != -1 && single.asInt() != last)) {
      throw s.unsupported("axis", axis, "Lamina's @BatchNorm normalizes over the channels, the last axis (-1 or "
          + last + " on a " + s.input().describe() + " input)");
    }
  }
}
