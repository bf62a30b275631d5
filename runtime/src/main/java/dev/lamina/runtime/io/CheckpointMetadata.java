package dev.lamina.runtime.io;

import java.util.List;
import java.util.Map;

/**
 * The {@code lamina.json} entry of a checkpoint (see {@code docs/checkpoint-format.md}); written
 * with snake_case keys. Numbers are boxed so that a key missing from a damaged file reads as null
 * rather than 0; {@link MetadataCheck} refuses it.
 */
record CheckpointMetadata(
    String format,
    Integer formatVersion,
    String network,
    String architectureSha256,
    String architecture,
    String dataType,
    Integer epoch,
    Long seed,
    String savedAt,
    List<WeightEntry> weights,
    OptimizerEntry optimizer) {

  static final String FORMAT = "lamina-checkpoint";
  static final int VERSION = 1;

  /** A parameter tensor: its {@code layer/name} path, shape and whether it is trained. */
  record WeightEntry(String path, long[] shape, boolean trainable) {}

  /**
   * The optimizer's state: Keras name, iteration count, current learning rate, hyperparameters,
   * and the slot buffers stored as {@code optimizer/<slot>.npy}.
   */
  record OptimizerEntry(String name, Long iterations, Double learningRate, Map<String, Object> config,
      List<String> slots) {}
}
