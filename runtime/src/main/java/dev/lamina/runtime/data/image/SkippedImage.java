package dev.lamina.runtime.data.image;

import java.nio.file.Path;

/**
 * An image file left out of an {@link ImageFolder} because it could not be decoded.
 *
 * @param file the file
 * @param reason why it could not be decoded
 */
public record SkippedImage(Path file, String reason) {}
