package dev.lamina.runtime.data.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the images that cannot be decoded, for {@link UnreadableImages#SKIP}: decodes every file once. */
final class UnreadableScan {
  private static final Logger LOG = LoggerFactory.getLogger(ImageFolder.class);

  private UnreadableScan() {}

  /**
   * @param root the image folder, for the warning
   * @return the files that fail, in path order, with why; logged as one warning when there are any
   */
  static List<SkippedImage> scan(List<ImageFile> candidates, ImageDecoder decoder, Path root) {
    ConcurrentLinkedQueue<SkippedImage> failed = new ConcurrentLinkedQueue<>();
    candidates.parallelStream().forEach(image -> {
      float[] pixels = new float[decoder.length()];
      try {
        decoder.decode(image.file(), pixels);
      } catch (UnreadableImageException e) {
        failed.add(new SkippedImage(image.file(), e.getCause().getMessage()));
      }
    });
    List<SkippedImage> sorted = new ArrayList<>(failed);
    sorted.sort(Comparator.comparing(SkippedImage::file));
    if (!sorted.isEmpty()) {
      LOG.warn("Skipped {} unreadable of {} images in {}: {}", sorted.size(), candidates.size(), root, sorted);
    }
    return List.copyOf(sorted);
  }
}
