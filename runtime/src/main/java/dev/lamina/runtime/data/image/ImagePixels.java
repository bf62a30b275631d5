package dev.lamina.runtime.data.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * One image as the values a network reads, {@code height * width * channels} floats in NHWC order
 * (row by row, the channels of a pixel together), 0..255: converted and resized exactly as
 * {@link ImageFolder} reads its files (grayscale by ITU-R BT.601 luma or RGB, alpha dropped, resized
 * to the size ignoring the aspect ratio; see {@code ImageDecoder}). For images that arrive one at a
 * time: a request to a server, an image a user picked. Stateless: safe to use from several threads.
 */
public final class ImagePixels {
  private final ImageDecoder decoder;

  /**
   * @param height the height to resize to
   * @param width the width to resize to
   * @param channels 1 (grayscale) or 3 (RGB)
   * @throws IllegalArgumentException if a size is not positive or {@code channels} is neither 1 nor 3
   */
  public ImagePixels(int height, int width, int channels) {
    if (height < 1 || width < 1) {
      throw new IllegalArgumentException("image size must be positive, got " + height + "x" + width);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("images have 1 (grayscale) or 3 (RGB) channels, got " + channels);
    }
    ValueLimits.checkImage(height, width, channels);
    this.decoder = new ImageDecoder(height, width, channels, 1, 0);
  }

  /** Values per image, {@code height * width * channels}. */
  public int length() {
    return decoder.length();
  }

  /**
   * The values of a decoded image.
   *
   * @throws UncheckedIOException if resizing fails
   */
  public float[] of(BufferedImage image) {
    Objects.requireNonNull(image, "image");
    float[] values = new float[length()];
    try {
      decoder.convert(image, values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resize the image: " + e.getMessage(), e);
    }
    return values;
  }

  /**
   * The values of an encoded image (PNG, JPEG, BMP or GIF file contents).
   *
   * @throws IllegalArgumentException if the bytes are not an image ImageIO decodes, or are truncated or
   *     corrupt; the message says which
   */
  public float[] decode(byte[] encoded) {
    Objects.requireNonNull(encoded, "encoded");
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(encoded));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the " + encoded.length + " bytes are not a readable image: "
          + e.getMessage(), e);
    }
    if (image == null) {
      throw new IllegalArgumentException("the " + encoded.length + " bytes are not an image: no decoder recognizes"
          + " them (PNG, JPEG, BMP and GIF are read)");
    }
    return of(image);
  }
}
