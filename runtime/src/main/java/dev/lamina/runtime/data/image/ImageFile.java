package dev.lamina.runtime.data.image;

import java.nio.file.Path;

/**
 * One example of an {@link ImageFolder}: an image file and the class of the folder it is in.
 *
 * @param file the image file
 * @param label the class index: the position of its class folder among the sorted folder names
 */
public record ImageFile(Path file, int label) {}
