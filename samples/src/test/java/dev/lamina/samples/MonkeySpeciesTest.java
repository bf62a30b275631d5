package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.train.History;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's own-project code runs: {@link MonkeySpecies} on a small tree in Kaggle's 10 Monkey
 * Species layout written by the test (JPEGs of mixed sizes, {@code monkey_labels.txt} with its header),
 * one epoch with augmentation, saved, restored and used to classify; and from arrays.
 */
class MonkeySpeciesTest {
  @TempDir
  Path root;

  private void tree() throws IOException {
    Random random = new Random(3);
    StringBuilder labels = new StringBuilder("Label,  Latin Name, Common Name, Train Images, Validation Images\n");
    for (int c = 0; c < 10; c++) {
      labels.append("n").append(c).append(", species_").append(c).append(", monkey ").append(c).append(", 3, 1\n");
      for (String split : new String[] {"training", "validation"}) {
        Path folder = Files.createDirectories(root.resolve(split + "/n" + c));
        for (int i = 0; i < (split.equals("training") ? 3 : 1); i++) {
          BufferedImage image = new BufferedImage(60 + random.nextInt(80), 50 + random.nextInt(90),
              BufferedImage.TYPE_INT_RGB);
          Graphics2D g = image.createGraphics();
          g.setColor(new Color(Color.HSBtoRGB(c / 10f, 0.8f, 0.9f)));
          g.fillRect(0, 0, image.getWidth(), image.getHeight());
          g.dispose();
          ImageIO.write(image, "jpg", folder.resolve("img" + i + ".jpg").toFile());
        }
      }
    }
    Files.writeString(root.resolve("monkey_labels.txt"), labels);
  }

  @Test
  void trainsSavesRestoresAndClassifies() throws IOException {
    tree();
    MonkeySpecies.Trained trained = MonkeySpecies.train(root, Files.createDirectories(root.resolve("out")), 1);
    assertEquals(1, trained.history().size());
    assertEquals(30, trained.training().size());
    assertEquals("monkey 0", trained.training().classNames().get(0), "names from monkey_labels.txt, column 2");
    assertTrue(Files.size(trained.checkpoint()) > 100_000, "weights and optimizer state");
    assertTrue(Double.isFinite(trained.validation().logs().asMap().values().iterator().next()));
    String species = MonkeySpecies.classify(trained.checkpoint(), trained.training(),
        root.resolve("validation/n3/img0.jpg"));
    assertTrue(trained.training().classNames().contains(species), species);
  }

  @Test
  void trainsFromArrays() {
    Random random = new Random(5);
    float[] pixels = new float[10 * 128 * 128 * 3];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextFloat();
    }
    int[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    History history = MonkeySpecies.fitArrays(pixels, labels, 1);
    assertEquals(1, history.size());
    assertTrue(Double.isFinite(history.last().asMap().values().iterator().next()));
  }
}
