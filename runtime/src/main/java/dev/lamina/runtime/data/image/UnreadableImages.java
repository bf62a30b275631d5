package dev.lamina.runtime.data.image;

/** What an {@link ImageFolder} does with a file it cannot decode. */
public enum UnreadableImages {
  /**
   * Throw {@link UnreadableImageException}, naming the file, when a batch reaches it (the default).
   * Building the folder reads no image.
   */
  FAIL,
  /**
   * Leave it out: building the folder decodes every image once, so that {@code size()} counts only
   * readable ones, and lists what it left out in {@link ImageFolder#skipped()} (and a log warning).
   */
  SKIP
}
