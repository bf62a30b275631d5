package dev.lamina.runtime.data.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads single image files into a network's input, exactly as an {@link ImageFolder} reads its
 * images (decoded, converted to the channels, resized, scaled): for predicting on new images.
 *
 * <pre>{@code
 * ImageLoader images = training.loader();                  // as the training folder reads them
 * INDArray batch = images.load(List.of(Path.of("cat.jpg"), Path.of("dog.png")));  // [2, 150, 150, 3]
 * INDArray probabilities = model.predict(batch);
 * }</pre>
 *
 * Thread-safe.
 */
public final class ImageLoader {
  private final ImageDecoder decoder;

  ImageLoader(ImageDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * A loader resizing to {@code height x width} with {@code channels} (1 or 3), values
   * {@code 0..255 * rescale}; chain {@link #standardized} for a standardization.
   *
   * @throws IllegalArgumentException if a size is not positive, {@code channels} is neither 1 nor 3, or
   *     {@code rescale} is not finite
   */
  public static ImageLoader of(int height, int width, int channels, double rescale) {
    if (height < 1 || width < 1) {
      throw new IllegalArgumentException("imageSize must be positive, got " + height + "x" + width);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("channels must be 1 (grayscale) or 3 (RGB), got " + channels);
    }
    if (!Double.isFinite(rescale)) {
      throw new IllegalArgumentException("rescale must be finite, got " + rescale);
    }
    ValueLimits.checkImage(height, width, channels);
    return new ImageLoader(new ImageDecoder(height, width, channels, rescale, 0));
  }

  /**
   * This loader followed by {@code (v - mean) / std}.
   *
   * @throws IllegalArgumentException if {@code std} is not positive or a value is not finite
   */
  public ImageLoader standardized(double mean, double std) {
    if (!Double.isFinite(mean) || !Double.isFinite(std) || !(std > 0)) {
      throw new IllegalArgumentException("standardization needs a finite mean and a positive std; found mean="
          + mean + ", std=" + std);
    }
    return new ImageLoader(decoder.standardized(mean, std));
  }

  /** {@code {height, width, channels}} of what it loads. */
  public int[] imageShape() {
    return decoder.shape();
  }

  /**
   * One image, {@code height * width * channels} values, NHWC.
   *
   * @throws UnreadableImageException if the file cannot be read or decoded
   */
  public float[] load(Path file) {
    float[] pixels = new float[decoder.length()];
    decoder.decode(Objects.requireNonNull(file, "file"), pixels);
    return pixels;
  }

  /**
   * Images as one batch, {@code [files.size(), height, width, channels]} of {@code FLOAT}.
   *
   * @throws UnreadableImageException naming the first file that cannot be read or decoded
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public INDArray load(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no image files to load");
    }
    int length = decoder.length();
    float[] values = new float[Math.multiplyExact(files.size(), length)];
    float[] pixels = new float[length];
    for (int i = 0; i < files.size(); i++) {
      decoder.decode(files.get(i), pixels);
      System.arraycopy(pixels, 0, values, i * length, length);
    }
    int[] shape = decoder.shape();
    return Nd4j.create(values, new long[] {files.size(), shape[0], shape[1], shape[2]}, 'c');
  }
}
