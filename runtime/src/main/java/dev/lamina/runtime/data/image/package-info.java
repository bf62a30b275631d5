/**
 * Image folders (one sub-directory per class) streamed in batches: decoded with ImageIO and
 * TwelveMonkeys, converted to the declared channels, resized with Thumbnailator.
 */
package dev.lamina.runtime.data.image;
