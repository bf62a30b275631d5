package dev.lamina.samples;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.coobird.thumbnailator.Thumbnails;
import javax.imageio.ImageIO;

/**
 * Writes Fashion-MNIST as image folders in Kaggle's layout, {@code training/<class>/*.png|jpg} and
 * {@code test/<class>/...}, the images as a user's photos would come: each resized (Thumbnailator) to
 * a random height and width from 24 to 40 pixels, every other one kept as RGB (the gray value in all
 * three channels), the others 8-bit gray, PNG or JPEG at random. The README's image-folder run trains on them through
 * {@code lamina train --train-dir}.
 *
 * <p>Run it with {@code java -cp 'samples/target/lamina-samples-0.1.0-SNAPSHOT.jar:samples/target/lib/*'
 * dev.lamina.samples.FashionImageFolders OUTPUT_DIR [PER_SPLIT_LIMIT]}.
 */
public final class FashionImageFolders {
  private FashionImageFolders() {}

  /**
   * Writes {@code args[0]/training} and {@code args[0]/test}, all images or the first
   * {@code args[1]} of each split.
   *
   * @throws IOException if Fashion-MNIST cannot be read or a file written
   */
  public static void main(String[] args) throws IOException {
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    MnistData data = FashionMnist.load();
    Path root = Path.of(args[0]);
    int training = write(data.train(), data.classNames(), root.resolve("training"), limit, 1);
    int test = write(data.test(), data.classNames(), root.resolve("test"), limit, 2);
    writeLabels(data.classNames(), root.resolve("training"));
    writeLabels(data.classNames(), root.resolve("test"));
    System.out.printf("wrote %,d training and %,d test images under %s%n", training, test, root);
  }

  /**
   * Writes the first {@code limit} images of {@code data} under {@code root}, one folder per class
   * (named {@code 0-T-shirt_top}, {@code 1-Trouser}, ... so that their sorted order is the label order).
   *
   * @return the number of images written
   */
  public static int write(ArrayDataset data, List<String> classNames, Path root, int limit, long seed)
      throws IOException {
    Random random = new Random(seed);
    int n = Math.min(limit, data.size());
    for (int i = 0; i < n; i++) {
      int label = data.label(i);
      Path folder = Files.createDirectories(root.resolve(folderName(label, classNames.get(label))));
      float[] pixels = data.example(i);
      BufferedImage rgb = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
      for (int p = 0; p < pixels.length; p++) {
        int v = Math.round(pixels[p]);
        rgb.setRGB(p % 28, p / 28, v << 16 | v << 8 | v);
      }
      BufferedImage resized = Thumbnails.of(rgb).forceSize(24 + random.nextInt(17), 24 + random.nextInt(17))
          .imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
      BufferedImage image = i % 2 == 0 ? gray(resized) : resized;
      String format = random.nextBoolean() ? "png" : "jpg";
      ImageIO.write(image, format, folder.resolve(String.format("%05d.%s", i, format)).toFile());
    }
    return n;
  }

  /** {@code labels.txt}: each folder's class name, which {@code ImageFolder} reads from the root. */
  static void writeLabels(List<String> classNames, Path root) throws IOException {
    StringBuilder lines = new StringBuilder("# folder, class name\n");
    for (int label = 0; label < classNames.size(); label++) {
      lines.append(folderName(label, classNames.get(label))).append(", ").append(classNames.get(label)).append('\n');
    }
    Files.createDirectories(root);
    Files.writeString(root.resolve("labels.txt"), lines);
  }

  /** {@code 0-T-shirt_top}: the label first, so that sorted folders keep Fashion-MNIST's label order. */
  static String folderName(int label, String className) {
    return label + "-" + className.replace('/', '_').replace(' ', '_');
  }

  /** The red channel (all three are equal) as an 8-bit gray image, sample for sample. */
  private static BufferedImage gray(BufferedImage rgb) {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    int[] values = rgb.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    gray.getRaster().setSamples(0, 0, w, h, 0, values);
    return gray;
  }
}
