package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.runtime.data.image.ImagePixels;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image folder read through Spark's binaryFile source gives the runtime's pixels and the folder's class. */
class SparkDataTest {
  @Test
  void imageFolderRowsHoldTheDecodedPixelsAndTheClassOfTheirFolder(@TempDir Path root) throws Exception {
    List<String> classes = List.of("cat", "dog");
    for (int c = 0; c < 2; c++) {
      Files.createDirectories(root.resolve(classes.get(c)));
      for (int i = 0; i < 2; i++) {
        BufferedImage image = new BufferedImage(10, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
          for (int x = 0; x < 10; x++) {
            image.setRGB(x, y, (x * 25 + c * 7) << 16 | (y * 30 + i) << 8 | (x + y) * 9);
          }
        }
        ImageIO.write(image, "png", root.resolve(classes.get(c)).resolve("img" + i + ".png").toFile());
      }
    }
    List<Row> rows = SparkData.imageFolder(SparkSessions.local(), root.toString(), classes, 5, 4, 3, 1 / 255.0)
        .collectAsList();
    assertEquals(4, rows.size());
    ImagePixels pixels = new ImagePixels(5, 4, 3);
    for (int r = 0; r < 4; r++) {
      int c = r / 2;
      int i = r % 2;
      assertEquals(c, rows.get(r).getInt(1), "label of row " + r);
      float[] expected = pixels.decode(Files.readAllBytes(root.resolve(classes.get(c)).resolve("img" + i + ".png")));
      for (int k = 0; k < expected.length; k++) {
        expected[k] = (float) (expected[k] * (1 / 255.0));
      }
      List<Object> actual = rows.get(r).getList(0);
      float[] values = new float[actual.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = (Float) actual.get(k);
      }
      assertArrayEquals(expected, values, 0f, "pixels of row " + r);
    }
  }
}
