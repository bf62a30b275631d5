package dev.lamina.serve;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.io.Checkpoints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * What the server tests serve and send: a checkpoint with a {@code preprocessing.json} beside it (the
 * Fashion-MNIST statistics a training run writes), and real Fashion-MNIST test images as PNG files.
 */
final class ServedCheckpoint {
  static final double MEAN = 72.94;
  static final double STD = 89.99;

  private ServedCheckpoint() {}

  /** Saves {@code model} as {@code dir/best.lamina} with {@code dir/preprocessing.json}; returns the checkpoint. */
  static Path write(Model model, Path dir) throws IOException {
    Path checkpoint = dir.resolve("best.lamina");
    Checkpoints.save(checkpoint, model, null, 3, 42);
    AtomicFiles.write(dir.resolve("preprocessing.json"), ("{\"mean\": " + MEAN + ", \"std\": " + STD
        + ", \"validationSize\": 5000, \"trainLimit\": 0}").getBytes(StandardCharsets.UTF_8));
    return checkpoint;
  }

  /** The first {@code count} Fashion-MNIST test images, as PNG bytes, and their raw pixels. */
  static List<byte[]> testImagesAsPng(int count) throws IOException {
    MnistData data = FashionMnist.load();
    List<byte[]> images = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      float[] pixels = data.test().example(i);
      BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      int[] samples = new int[pixels.length];
      for (int p = 0; p < samples.length; p++) {
        samples[p] = Math.round(pixels[p]);
      }
      image.getRaster().setSamples(0, 0, 28, 28, 0, samples);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "png", out)) {
        throw new UncheckedIOException(new IOException("no PNG writer"));
      }
      images.add(out.toByteArray());
    }
    return images;
  }

  /** The raw pixels (0..255) of the first {@code count} test images. */
  static List<float[]> testPixels(int count) throws IOException {
    MnistData data = FashionMnist.load();
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(data.test().example(i));
    }
    return out;
  }
}
