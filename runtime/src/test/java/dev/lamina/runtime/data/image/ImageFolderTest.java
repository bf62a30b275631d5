package dev.lamina.runtime.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.LabelMode;
import dev.lamina.runtime.data.Order;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A tree made in the test: three classes, PNG and JPEG, RGB, RGBA and gray, odd sizes, files to
 * ignore, a file that is no image and a truncated PNG.
 */
class ImageFolderTest {
  private static final Color ROSE = new Color(200, 30, 90);
  private static final Color SKY = new Color(10, 120, 240);

  @TempDir
  Path root;

  @BeforeEach
  void tree() throws IOException {
    ImageTree.rgb(root.resolve("cats/a.png"), 37, 23, ROSE, "png");
    ImageTree.rgb(root.resolve("cats/b.jpg"), 50, 41, SKY, "jpg");
    ImageTree.gray(root.resolve("cats/sub/c.png"), 13, 7, 128, "png");
    ImageTree.rgba(root.resolve("dogs/d.PNG"), 9, 9, new Color(0, 255, 0, 100));
    ImageTree.gray(root.resolve("dogs/e.jpeg"), 19, 23, 77, "jpg");
    Files.writeString(root.resolve("dogs/notes.txt"), "not an image, and not named like one");
    ImageTree.gray16(root.resolve("zebra/f.png"), 5, 3, 32896);
    Files.writeString(root.resolve("zebra/broken.jpg"), "this is not a JPEG");
    ImageTree.truncatedPng(root.resolve("zebra/cut.png"));
    ImageTree.rgb(root.resolve(".hidden/x.png"), 4, 4, ROSE, "png");
    ImageTree.rgb(root.resolve("stray.png"), 4, 4, ROSE, "png");
  }

  private ImageFolder.Builder builder() {
    return ImageFolder.builder(root).imageSize(20, 16);
  }

  private ImageFolder skipping() throws IOException {
    return builder().onUnreadable(UnreadableImages.SKIP).build();
  }

  private static Batch single(ImageFolder folder, Order order) {
    try (BatchIterator it = folder.batches(folder.size(), order)) {
      Batch batch = it.next();
      return new Batch(batch.features().dup(), batch.labels().dup());
    }
  }

  /** Every pixel of example {@code row} equals {@code expected} per channel, within {@code tolerance}. */
  private static void assertSolid(INDArray features, int row, float tolerance, float... expected) {
    INDArray example = features.get(org.nd4j.linalg.indexing.NDArrayIndex.point(row));
    for (int c = 0; c < expected.length; c++) {
      INDArray channel = example.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
          org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(c));
      assertEquals(expected[c], channel.minNumber().floatValue(), tolerance, "row " + row + " channel " + c + " min");
      assertEquals(expected[c], channel.maxNumber().floatValue(), tolerance, "row " + row + " channel " + c + " max");
    }
  }

  @Test
  void classesAreTheSortedFoldersAndImagesAreFoundRecursivelyByExtension() throws IOException {
    ImageFolder folder = builder().build();
    assertEquals(List.of("cats", "dogs", "zebra"), folder.classNames());
    assertEquals(List.of("cats/a.png", "cats/b.jpg", "cats/sub/c.png", "dogs/d.PNG", "dogs/e.jpeg",
        "zebra/broken.jpg", "zebra/cut.png", "zebra/f.png"),
        folder.files().stream().map(f -> root.relativize(f.file()).toString()).toList());
    assertEquals(List.of(0, 0, 0, 1, 1, 2, 2, 2), folder.files().stream().map(ImageFile::label).toList());
    assertEquals(8, folder.size());
    assertArrayEquals(new int[] {20, 16, 3}, folder.exampleShape());
    assertArrayEquals(new int[0], folder.labelShape());
    assertEquals(List.of(), folder.skipped());
  }

  @Test
  void anUnreadableImageFailsItsBatchNamingTheFile() throws IOException {
    ImageFolder folder = builder().build();
    try (BatchIterator it = folder.batches(4)) {
      assertEquals(4, it.next().size());
      UnreadableImageException e = assertThrows(UnreadableImageException.class, it::next);
      assertEquals(root.resolve("zebra/broken.jpg"), e.file());
      assertTrue(e.getMessage().startsWith("cannot read image " + root.resolve("zebra/broken.jpg")
          + ": no image decoder recognizes its contents"), e.getMessage());
      assertTrue(e.getMessage().endsWith("onUnreadable(UnreadableImages.SKIP) to leave such files out"));
    }
  }

  @Test
  void skippingLeavesUnreadableImagesOutAndReportsThem() throws IOException {
    ImageFolder folder = skipping();
    assertEquals(6, folder.size());
    assertEquals(List.of(root.resolve("zebra/broken.jpg"), root.resolve("zebra/cut.png")),
        folder.skipped().stream().map(SkippedImage::file).toList());
    assertTrue(folder.skipped().get(0).reason().startsWith("no image decoder recognizes its contents"));
    assertNotNull(folder.skipped().get(1).reason());
    Batch batch = single(folder, Order.sequential());
    assertArrayEquals(new long[] {6, 20, 16, 3}, batch.features().shape());
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2}, batch.labels().toIntVector());
  }

  @Test
  void resizedSolidImagesKeepTheirColourAndGrayIsNotGammaShifted() throws IOException {
    INDArray x = single(skipping(), Order.sequential()).features();
    assertSolid(x, 0, 0, 200, 30, 90);        // PNG, 37x23 shrunk
    assertSolid(x, 1, 4, 10, 120, 240);       // JPEG, lossy
    assertSolid(x, 2, 0, 128, 128, 128);      // 8-bit gray PNG, 13x7 enlarged: 128, not sRGB's 188
    assertSolid(x, 3, 0, 0, 255, 0);          // RGBA: alpha dropped
    assertSolid(x, 4, 2, 77, 77, 77);         // gray JPEG
    assertSolid(x, 5, 0, 128, 128, 128);      // 16-bit gray PNG, 32896 / 257
  }

  @Test
  void oneChannelTakesTheBt601LumaOfColour() throws IOException {
    ImageFolder folder = builder().channels(1).onUnreadable(UnreadableImages.SKIP).build();
    assertArrayEquals(new int[] {20, 16, 1}, folder.exampleShape());
    INDArray x = single(folder, Order.sequential()).features();
    assertArrayEquals(new long[] {6, 20, 16, 1}, x.shape());
    assertSolid(x, 0, 0, 88);   // round(0.299 * 200 + 0.587 * 30 + 0.114 * 90) = round(87.67)
    assertSolid(x, 2, 0, 128);
    assertSolid(x, 3, 0, 150);  // round(0.587 * 255)
    assertSolid(x, 5, 0, 128);
  }

  @Test
  void resizingKeepsTheLayout() throws IOException {
    Path tree = root.resolve("halves");
    ImageTree.halves(tree.resolve("only/h.png"), 40, 30, Color.BLACK, Color.WHITE);
    INDArray x = single(ImageFolder.builder(tree).imageSize(6, 8).channels(1).build(), Order.sequential())
        .features();
    assertEquals(0f, x.getFloat(0, 3, 0, 0));
    assertEquals(255f, x.getFloat(0, 3, 7, 0));
  }

  @Test
  void rescaleCategoricalLabelsAndDoubles() throws IOException {
    ImageFolder folder = builder().onUnreadable(UnreadableImages.SKIP).rescale(1 / 255.0)
        .labelMode(LabelMode.CATEGORICAL).dataType(DataType.DOUBLE).build();
    assertArrayEquals(new int[] {3}, folder.labelShape());
    Batch batch = single(folder, Order.sequential());
    assertEquals(DataType.DOUBLE, batch.features().dataType());
    assertEquals(200 / 255.0, batch.features().getDouble(0, 5, 5, 0), 1e-6);
    assertArrayEquals(new double[] {0, 1, 0}, batch.labels().getRow(3).toDoubleVector());
  }

  @Test
  void shuffledPrefetchedPassesMatchTheSequentialOne() throws IOException {
    ImageFolder folder = skipping();
    INDArray all = single(folder, Order.sequential()).features();
    int[] order = Order.shuffled(3).indices(folder.size());
    for (boolean prefetch : new boolean[] {true, false}) {
      ImageFolder streamed = builder().onUnreadable(UnreadableImages.SKIP).prefetch(prefetch).build();
      int row = 0;
      try (BatchIterator it = streamed.batches(4, Order.shuffled(3))) {
        assertEquals(2, it.batchCount());
        while (it.hasNext()) {
          Batch batch = it.next();
          for (int r = 0; r < batch.size(); r++, row++) {
            assertEquals(streamed.files().get(order[row]).label(), batch.labels().getInt(r));
            assertEquals(all.slice(order[row]), batch.features().slice(r), "prefetch " + prefetch + " row " + row);
          }
        }
      }
      assertEquals(6, row);
    }
  }

  @Test
  void closingMidPassStopsPrefetching() throws IOException {
    ImageFolder folder = skipping();
    for (int pass = 0; pass < 3; pass++) {
      try (BatchIterator it = folder.batches(2, Order.shuffled(pass))) {
        assertEquals(2, it.next().size());
      }
    }
    BatchIterator it = folder.batches(2);
    it.next();
    it.close();
    assertTrue(!it.hasNext());
    it.close(); // closing twice is harmless
  }

  @Test
  void aLabelsFileInTheRootNamesTheClasses() throws IOException {
    Files.writeString(root.resolve("labels.txt"), "# folder, name\ncats, Felis catus\n\nzebra, Equus quagga\n");
    assertEquals(List.of("Felis catus", "dogs", "Equus quagga"), builder().build().classNames());
  }

  @Test
  void kaggleMonkeyLabelsFile() throws IOException {
    Path monkeys = root.resolve("monkeys");
    ImageTree.rgb(monkeys.resolve("training/n0/a.jpg"), 30, 20, ROSE, "jpg");
    ImageTree.rgb(monkeys.resolve("training/n1/b.jpg"), 30, 20, SKY, "jpg");
    Path labels = Files.writeString(monkeys.resolve("monkey_labels.txt"),
        "Label,  Latin Name           , Common Name                   , Train Images , Validation Images\n"
            + "n0   , alouatta_palliata\t, mantled_howler                , 131          , 26\n"
            + "n1   , erythrocebus_patas\t, patas_monkey                  , 139          , 28\n");
    ImageFolder.Builder training = ImageFolder.builder(monkeys.resolve("training")).imageSize(8, 8);
    assertEquals(List.of("mantled_howler", "patas_monkey"), training.labelNames(labels, 2).build().classNames());
    assertEquals(List.of("alouatta_palliata", "erythrocebus_patas"), training.labelNames(labels).build().classNames());
  }

  @Test
  void aLabelsFileNamingNoClassFolderIsAnError() throws IOException {
    Path labels = Files.writeString(root.resolve("names.csv"), "cats, Cat\nhorses, Horse\n");
    IOException e = assertThrows(IOException.class, () -> builder().labelNames(labels).build());
    assertEquals(labels + ":2: names folder \"horses\", which is not a class folder [cats, dogs, zebra]",
        e.getMessage());
    Path short_ = Files.writeString(root.resolve("short.csv"), "cats, Cat\ndogs\n");
    IOException missing = assertThrows(IOException.class, () -> builder().labelNames(short_).build());
    assertTrue(missing.getMessage().startsWith(short_ + ":2: has no field 1"), missing.getMessage());
  }

  @Test
  void clearErrorsForBadTreesAndOptions() throws IOException {
    assertThrows(java.nio.file.NotDirectoryException.class,
        () -> ImageFolder.builder(root.resolve("nowhere")).imageSize(8, 8).build());
    Path flat = Files.createDirectories(root.resolve("flat"));
    ImageTree.rgb(flat.resolve("a.png"), 4, 4, ROSE, "png");
    IOException noClasses = assertThrows(IOException.class, () -> ImageFolder.builder(flat).imageSize(8, 8).build());
    assertTrue(noClasses.getMessage().contains("has no sub-directories"), noClasses.getMessage());
    Files.createDirectories(flat.resolve("empty"));
    IOException noImages = assertThrows(IOException.class, () -> ImageFolder.builder(flat).imageSize(8, 8).build());
    assertTrue(noImages.getMessage().contains("hold no images"), noImages.getMessage());
    IllegalStateException noSize = assertThrows(IllegalStateException.class, () -> ImageFolder.builder(root).build());
    assertTrue(noSize.getMessage().startsWith("imageSize(height, width) is required"));
    assertThrows(IllegalArgumentException.class, () -> builder().channels(2));
    assertThrows(IllegalArgumentException.class, () -> builder().imageSize(0, 5));
  }

  @Test
  void hiddenFilesAndHiddenFoldersInsideClassesAreIgnored() throws IOException {
    // macOS leaves AppleDouble files beside copied images: named like images, holding no image.
    Files.write(root.resolve("cats/._a.png"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    Files.write(root.resolve("dogs/.DS_Store"), new byte[] {0, 0, 0, 1, 66, 117, 100, 49});
    ImageTree.rgb(root.resolve("cats/.thumbnails/t.png"), 4, 4, ROSE, "png");
    ImageTree.rgb(root.resolve("cats/sub/.hidden.png"), 4, 4, ROSE, "png");
    ImageFolder folder = skipping();
    assertEquals(List.of("cats/a.png", "cats/b.jpg", "cats/sub/c.png", "dogs/d.PNG", "dogs/e.jpeg", "zebra/f.png"),
        folder.files().stream().map(f -> root.relativize(f.file()).toString()).toList());
    assertEquals(List.of(root.resolve("zebra/broken.jpg"), root.resolve("zebra/cut.png")),
        folder.skipped().stream().map(SkippedImage::file).toList(), "the hidden files are not even tried");
  }

  @Test
  void symbolicLinkLoopsAndDanglingLinksAreLeftOut() throws IOException {
    try {
      Files.createSymbolicLink(root.resolve("cats/sub/loop"), root.resolve("cats"));
      Files.createSymbolicLink(root.resolve("dogs/gone.png"), root.resolve("nowhere.png"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Files.createSymbolicLink(root.resolve("zebra/alias.png"), root.resolve("cats/a.png"));
    ImageFolder folder = builder().build();
    assertEquals(List.of("cats/a.png", "cats/b.jpg", "cats/sub/c.png", "dogs/d.PNG", "dogs/e.jpeg",
        "zebra/alias.png", "zebra/broken.jpg", "zebra/cut.png", "zebra/f.png"),
        folder.files().stream().map(f -> root.relativize(f.file()).toString()).toList());
  }

  @Test
  void imageAndBatchSizesWhoseValuesOverflowAnIntAreRejected() throws IOException {
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> ImageFolder.builder(root).imageSize(100_000, 100_000));
    assertTrue(huge.getMessage().startsWith("imageSize 100000x100000 with 1 channel(s) gives 10000000000 values"
        + " per image, more than the 2147483647 an image can hold"), huge.getMessage());
    IllegalArgumentException rgb = assertThrows(IllegalArgumentException.class,
        () -> ImageFolder.builder(root).imageSize(30_000, 30_000).channels(3));
    assertTrue(rgb.getMessage().startsWith("imageSize 30000x30000 with 3 channel(s) gives 2700000000 values"),
        rgb.getMessage());
    IllegalArgumentException atBuild = assertThrows(IllegalArgumentException.class,
        () -> ImageFolder.builder(root).imageSize(30_000, 30_000).onUnreadable(UnreadableImages.SKIP).build());
    assertTrue(atBuild.getMessage().startsWith("imageSize 30000x30000 with 3 channel(s)"), atBuild.getMessage());

    ImageFolder gray = ImageFolder.builder(root).imageSize(20_000, 20_000).channels(1).build();
    IllegalArgumentException batch = assertThrows(IllegalArgumentException.class, () -> gray.batches(6));
    assertEquals("a batch of 6 images of 20000x20000x1 would hold 2400000000 values, more than the 2147483647 a"
        + " batch can hold; use at most 5 images per batch", batch.getMessage());
  }
}
