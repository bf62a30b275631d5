/**
 * Image folders (one sub-directory per class) streamed in batches: decoded with ImageIO and
 * TwelveMonkeys, converted to the declared channels, resized with Thumbnailator, rescaled or
 * standardized; seeded validation splits; single files read the same way for prediction.
 */
package dev.lamina.runtime.data.image;
