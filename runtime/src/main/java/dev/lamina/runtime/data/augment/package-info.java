/**
 * Data augmentation on the fly, with the parameters of Keras's preprocessing layers: random flips,
 * rotations, zooms and translations (one affine resampling per image, with Keras's fill modes and
 * interpolations), brightness and contrast; seeded per image, prepared in a background thread while
 * the current batch trains. Start from {@link dev.lamina.runtime.data.augment.Augmentation}.
 */
package dev.lamina.runtime.data.augment;
