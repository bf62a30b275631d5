package dev.lamina.runtime.data.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Decodes an image file into {@code height * width * channels} floats, NHWC: ImageIO (with
 * TwelveMonkeys' JPEG reader) decodes; the pixels become 8-bit grayscale or RGB; Thumbnailator
 * resizes to the declared size, ignoring the aspect ratio as Keras's {@code image_dataset_from_directory}
 * does (progressive bilinear when shrinking, bicubic when enlarging); values are 0..255 times
 * {@code scale} plus {@code offset} (a rescaling, or a standardization {@code (x - mean) / std}). Grayscale sources are read from their samples, never through
 * {@code BufferedImage.getRGB}, whose linear-gray to sRGB conversion would brighten them. Color
 * becomes gray by ITU-R BT.601 luma, {@code 0.299 R + 0.587 G + 0.114 B} (as PIL's and libjpeg's);
 * gray becomes RGB by repetition; alpha is dropped. Stateless: safe to use from several threads.
 */
final class ImageDecoder {
  private final int height;
  private final int width;
  private final int channels;
  private final double scale;
  private final double offset;
  /** The value of each 8-bit sample. */
  private final float[] values = new float[256];

  ImageDecoder(int height, int width, int channels, double scale, double offset) {
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.scale = scale;
    this.offset = offset;
    for (int v = 0; v < values.length; v++) {
      values[v] = (float) (v * scale + offset);
    }
  }

  /**
   * This decoder followed by a standardization: values {@code (v - mean) / std} for this decoder's
   * values {@code v}.
   */
  ImageDecoder standardized(double mean, double std) {
    return new ImageDecoder(height, width, channels, scale / std, (offset - mean) / std);
  }

  /** The factor raw values 0..255 are multiplied by. */
  double scale() {
    return scale;
  }

  /** What is added after scaling. */
  double offset() {
    return offset;
  }

  /** {@code {height, width, channels}}. */
  int[] shape() {
    return new int[] {height, width, channels};
  }

  /** Values per image, {@code height * width * channels}. */
  int length() {
    return height * width * channels;
  }

  /**
   * Decodes {@code file} into {@code target[0 .. length())}.
   *
   * @throws UnreadableImageException if the file cannot be read or decoded
   */
  void decode(Path file, float[] target) {
    try {
      convert(read(file), target);
    } catch (IOException e) {
      throw new UnreadableImageException(file, e);
    } catch (RuntimeException e) {
      throw new UnreadableImageException(file, new IOException("the decoder failed: " + e, e));
    }
  }

  /**
   * Converts a decoded image into {@code target[0 .. length())}: channels, size, then values.
   *
   * @throws IOException if resizing fails
   */
  void convert(BufferedImage decoded, float[] target) throws IOException {
    // sRGB sources are resized first, so that only the small image is converted; others (gray,
    // 16-bit, palettes) are converted first, as Java2D would pass them through linear colour spaces.
    BufferedImage image = canonical(resize(srgb(decoded) ? decoded : canonical(decoded)));
    if (channels == 1) {
      int[] samples = image.getRaster().getSamples(0, 0, width, height, 0, (int[]) null);
      for (int i = 0; i < samples.length; i++) {
        target[i] = values[samples[i]];
      }
    } else {
      int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
      for (int i = 0, at = 0; i < rgb.length; i++, at += 3) {
        target[at] = values[rgb[i] >> 16 & 0xFF];
        target[at + 1] = values[rgb[i] >> 8 & 0xFF];
        target[at + 2] = values[rgb[i] & 0xFF];
      }
    }
  }

  private static BufferedImage read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("no image decoder recognizes its contents (JPEG, PNG, BMP and GIF are read)");
    }
    return image;
  }

  /** The image as {@code TYPE_BYTE_GRAY} (one channel) or {@code TYPE_INT_RGB} (three). */
  private BufferedImage canonical(BufferedImage image) {
    int type = channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
    if (image.getType() == type) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean gray = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && !(image.getColorModel() instanceof IndexColorModel);
    int[] values = gray ? graySamples(image) : image.getRGB(0, 0, w, h, null, 0, w);
    BufferedImage out = new BufferedImage(w, h, type);
    if (channels == 1) {
      if (!gray) {
        for (int i = 0; i < values.length; i++) {
          int p = values[i];
          values[i] = (int) Math.round(0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF));
        }
      }
      out.getRaster().setSamples(0, 0, w, h, 0, values);
    } else {
      if (gray) {
        for (int i = 0; i < values.length; i++) {
          values[i] = values[i] << 16 | values[i] << 8 | values[i];
        }
      }
      out.setRGB(0, 0, w, h, values, 0, w);
    }
    return out;
  }

  /** The first band's samples scaled to 0..255 (8-bit as is, 16-bit by rounding). */
  private static int[] graySamples(BufferedImage image) {
    Raster raster = image.getRaster();
    int[] samples = raster.getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
    int bits = image.getColorModel().getComponentSize(0);
    if (bits != 8) {
      double max = (1L << bits) - 1;
      for (int i = 0; i < samples.length; i++) {
        samples[i] = (int) Math.round(samples[i] * 255 / max);
      }
    }
    return samples;
  }

  private BufferedImage resize(BufferedImage image) throws IOException {
    if (image.getWidth() == width && image.getHeight() == height) {
      return image;
    }
    return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
  }

  private static boolean srgb(BufferedImage image) {
    return switch (image.getType()) {
      case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_INT_ARGB,
          BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR -> true;
      default -> false;
    };
  }
}
