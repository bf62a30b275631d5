/**
 * Where a run's images come from and how they are prepared: Fashion-MNIST and MNIST from their IDX
 * files ({@link dev.lamina.cli.data.IdxData}), image folders in Kaggle's layout
 * ({@link dev.lamina.cli.data.FolderData}); the record of it beside the checkpoints
 * ({@link dev.lamina.cli.data.Preprocessing}), from which {@code evaluate} and {@code predict} read
 * the data as training did.
 */
package dev.lamina.cli.data;
