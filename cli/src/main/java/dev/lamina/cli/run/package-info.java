/**
 * A training run on disk: its directory (fresh for every run unless {@code --overwrite} is asked),
 * the files it writes, its results and epoch timings; and checkpoints made from weights trained
 * elsewhere ({@link dev.lamina.cli.run.ImportedCheckpoint}).
 */
package dev.lamina.cli.run;
