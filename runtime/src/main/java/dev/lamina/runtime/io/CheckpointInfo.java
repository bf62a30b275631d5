package dev.lamina.runtime.io;

import java.time.Instant;
import java.util.Optional;

/**
 * What a checkpoint says about itself.
 *
 * @param formatVersion the version of the checkpoint format
 * @param network the network's name
 * @param architectureSha256 SHA-256 of the network's {@code architecture()} text, hex
 * @param epoch the number of completed epochs: pass it as {@code initialEpoch} to resume
 * @param seed the training seed the run used
 * @param savedAt when the file was written
 * @param optimizer the optimizer's Keras name, empty for a weights-only checkpoint
 * @param iterations the optimizer's update count (0 without optimizer state)
 */
public record CheckpointInfo(int formatVersion, String network, String architectureSha256, int epoch, long seed,
    Instant savedAt, Optional<String> optimizer, long iterations) {}
