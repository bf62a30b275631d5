package dev.lamina.cli.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * An image folder in Kaggle's layout written by the test: classes {@code blue}, {@code green},
 * {@code red}, each image a noisy background with a blob of its class's colour, at sizes from 20 to
 * 44 pixels, PNG and JPEG.
 */
public final class ColourImages {
  /** The class folders, sorted. */
  public static final List<String> CLASSES = List.of("blue", "green", "red");
  private static final Color[] COLOURS = {new Color(30, 60, 220), new Color(40, 190, 50), new Color(220, 40, 40)};

  private ColourImages() {}

  /** Writes {@code perClass} images of each class under {@code root}, seeded. */
  public static Path write(Path root, int perClass, long seed) throws IOException {
    Random random = new Random(seed);
    for (int c = 0; c < CLASSES.size(); c++) {
      Path folder = Files.createDirectories(root.resolve(CLASSES.get(c)));
      for (int i = 0; i < perClass; i++) {
        int width = 20 + random.nextInt(25);
        int height = 20 + random.nextInt(25);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
          for (int x = 0; x < width; x++) {
            int g = 90 + random.nextInt(60);
            image.setRGB(x, y, new Color(g, g, g).getRGB());
          }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(COLOURS[c]);
        int w = width / 2 + random.nextInt(width / 3);
        int h = height / 2 + random.nextInt(height / 3);
        g.fillOval(random.nextInt(width - w + 1), random.nextInt(height - h + 1), w, h);
        g.dispose();
        String format = i % 2 == 0 ? "png" : "jpg";
        ImageIO.write(image, format, folder.resolve(i + "." + format).toFile());
      }
    }
    return root;
  }
}
