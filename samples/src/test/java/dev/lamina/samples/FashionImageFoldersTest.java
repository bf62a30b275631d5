package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.image.ImageFolder;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fashion-MNIST image folders of the README's image-folder run: class folders in label order with
 * the class names in labels.txt, mixed sizes, gray and RGB, PNG and JPEG, and images that read back
 * (resized to 28x28x1) close to the originals.
 */
class FashionImageFoldersTest {
  @TempDir
  Path root;

  @Test
  void writesMixedImagesThatReadBackCloseToTheOriginals() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_DIRECTORY), "needs the real Fashion-MNIST files");
    MnistData data = FashionMnist.load();
    ArrayDataset first = data.train().slice(0, 60);
    assertEquals(60, FashionImageFolders.write(first, data.classNames(), root, 60, 1));
    FashionImageFolders.writeLabels(data.classNames(), root);

    Set<Integer> types = new HashSet<>();
    Set<String> formats = new HashSet<>();
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".jpg")).toList()) {
        BufferedImage image = ImageIO.read(file.toFile());
        types.add(image.getType());
        formats.add(file.toString().substring(file.toString().length() - 3));
        smallest = Math.min(smallest, Math.min(image.getWidth(), image.getHeight()));
        largest = Math.max(largest, Math.max(image.getWidth(), image.getHeight()));
      }
    }
    assertTrue(types.contains(BufferedImage.TYPE_BYTE_GRAY) && types.size() >= 2, "gray and RGB: " + types);
    assertEquals(Set.of("png", "jpg"), formats);
    assertTrue(smallest >= 24 && largest <= 40 && largest - smallest >= 10, smallest + " to " + largest);

    ImageFolder folder = ImageFolder.builder(root).imageSize(28, 28).channels(1).build();
    assertEquals(FashionMnist.CLASS_NAMES, folder.classNames(), "labels.txt names the folders");
    assertEquals(List.of("0-T-shirt_top", "1-Trouser", "2-Pullover", "3-Dress", "4-Coat", "5-Sandal", "6-Shirt",
        "7-Sneaker", "8-Bag", "9-Ankle_boot"), folder.classFolders().subList(0, 10));
    try (BatchIterator it = folder.batches(60)) {
      Batch batch = it.next();
      for (int row = 0; row < 60; row++) {
        String name = folder.files().get(row).file().getFileName().toString();
        int example = Integer.parseInt(name.substring(0, 5));
        assertEquals(first.label(example), batch.labels().getInt(row), name);
        float[] original = first.example(example);
        float[] back = batch.features().slice(row).reshape(784).toFloatVector();
        double difference = 0;
        for (int p = 0; p < 784; p++) {
          difference += Math.abs(original[p] - back[p]);
        }
        assertTrue(difference / 784 < 25, name + ": mean absolute difference " + difference / 784);
      }
    }
  }
}
