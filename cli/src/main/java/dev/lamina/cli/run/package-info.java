/**
 * A training run on disk: its directory (fresh for every run unless {@code --overwrite} is asked),
 * the files it writes, its results and epoch timings.
 */
package dev.lamina.cli.run;
