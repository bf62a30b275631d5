/**
 * Data: datasets of NHWC examples with their labels, and batch iteration (sequential or
 * seeded-shuffled, with a last partial batch, into reused off-heap buffers).
 *
 * <ul>
 *   <li>{@link dev.lamina.runtime.data.Dataset}, {@link dev.lamina.runtime.data.BatchIterator},
 *       {@link dev.lamina.runtime.data.Batch}, {@link dev.lamina.runtime.data.Order}: what training
 *       and evaluation consume;
 *   <li>{@code data.array}: examples in memory ({@code ArrayDataset});
 *   <li>{@code data.image}: image folders streamed from disk ({@code ImageFolder}), seeded splits,
 *       single files read for prediction ({@code ImageLoader});
 *   <li>{@code data.augment}: random flips, rotations, zooms, translations, brightness and contrast
 *       on the fly, with Keras's parameters ({@code Augmentation});
 *   <li>{@code data.mnist}: MNIST and Fashion-MNIST, found on disk or downloaded;
 *   <li>{@code data.idx}: the IDX file format; {@code data.download}: verified downloads;
 *   <li>{@code data.preprocess}: standardization, train/validation splits, one-hot labels.
 * </ul>
 */
package dev.lamina.runtime.data;
