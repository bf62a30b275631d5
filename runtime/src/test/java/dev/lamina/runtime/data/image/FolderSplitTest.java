package dev.lamina.runtime.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a training run needs from a folder besides its images: a seeded validation split, a seeded
 * sample, a standardization fit on its images, the training classes for a validation or test folder,
 * and single files read as the folder reads them.
 */
class FolderSplitTest {
  @TempDir
  Path root;

  /** Twenty gray images: class a values 10..19, class b values 110..119, all 5x5. */
  @BeforeEach
  void tree() throws IOException {
    for (int i = 0; i < 10; i++) {
      ImageTree.gray(root.resolve("train/a/" + i + ".png"), 5, 5, 10 + i, "png");
      ImageTree.gray(root.resolve("train/b/" + i + ".png"), 5, 5, 110 + i, "png");
    }
  }

  private ImageFolder train() throws IOException {
    return ImageFolder.builder(root.resolve("train")).imageSize(5, 5).channels(1).build();
  }

  private static Set<Path> files(ImageFolder folder) {
    Set<Path> files = new HashSet<>();
    folder.files().forEach(f -> files.add(f.file()));
    return files;
  }

  @Test
  void aSeededSplitHoldsOutTheCountAskedAtRandomAndIsTheSameForTheSameSeed() throws IOException {
    ImageFolder folder = train();
    FolderSplit split = folder.split(5, 42);
    assertEquals(15, split.train().size());
    assertEquals(5, split.validation().size());
    Set<Path> both = files(split.train());
    both.addAll(files(split.validation()));
    assertEquals(20, both.size(), "the parts are disjoint and cover the folder");
    assertEquals(files(split.validation()), files(folder.split(5, 42).validation()));
    assertNotEquals(files(split.validation()), files(folder.split(5, 43).validation()));
    assertEquals(4, folder.split(0.2, 42).validation().size(), "(int) (0.2 * 20)");
    List<Path> stored = split.train().files().stream().map(ImageFile::file).toList();
    assertEquals(stored.stream().sorted().toList(), stored, "each part keeps the stored order");
    assertThrows(IllegalArgumentException.class, () -> folder.split(20, 1));
    assertThrows(IllegalArgumentException.class, () -> folder.split(0.01, 1));
    assertThrows(IllegalArgumentException.class, () -> folder.split(1.0, 1));
  }

  @Test
  void aSampleIsASeededRandomPart() throws IOException {
    ImageFolder sample = train().sample(6, 7);
    assertEquals(6, sample.size());
    assertEquals(files(sample), files(train().sample(6, 7)));
    assertTrue(sample.files().stream().anyMatch(f -> f.label() == 1) || sample.files().stream()
        .allMatch(f -> f.label() == 0), "labels come along");
    assertEquals(List.of("a", "b"), sample.classNames());
  }

  @Test
  void standardizingWithAScalerFitOnTheFolderGivesMeanZeroAndStdOne() throws IOException {
    ImageFolder folder = train();
    StandardScaler scaler = StandardScaler.fit(folder);
    assertEquals(64.5, scaler.mean(), 1e-9, "(14.5 + 114.5) / 2");
    double variance = 50 * 50 + 8.25;   // between classes 50^2, within a class (0..9)'s 8.25
    assertEquals(Math.sqrt(variance), scaler.std(), 1e-9);
    ImageFolder standardized = folder.standardized(scaler);
    try (BatchIterator it = standardized.batches(20)) {
      INDArray x = it.next().features();
      assertEquals(0, x.meanNumber().doubleValue(), 1e-5);
      assertEquals(1, x.stdNumber().doubleValue() * Math.sqrt((x.length() - 1.0) / x.length()), 1e-5);
      assertEquals((10 - 64.5) / Math.sqrt(variance), x.getDouble(0, 0, 0, 0), 1e-5);
    }
    float[] single = standardized.loader().load(root.resolve("train/b/3.png"));
    assertEquals((113 - 64.5) / Math.sqrt(variance), single[12], 1e-5);
  }

  @Test
  void aValidationFolderTakesTheTrainingClassesAndRejectsOthers() throws IOException {
    ImageTree.gray(root.resolve("valid/b/x.png"), 8, 8, 200, "png");
    ImageFolder validation = ImageFolder.builder(root.resolve("valid")).imageSize(5, 5).channels(1)
        .classFolders(train().classFolders()).build();
    assertEquals(List.of("a", "b"), validation.classFolders());
    try (BatchIterator it = validation.batches(1)) {
      Batch b = it.next();
      assertEquals(1, b.labels().getInt(0), "b is class 1 as in training, though a is absent");
    }
    ImageTree.rgb(root.resolve("valid/c/y.png"), 4, 4, Color.RED, "png");
    IOException e = assertThrows(IOException.class, () -> ImageFolder.builder(root.resolve("valid")).imageSize(5, 5)
        .classFolders(List.of("a", "b")).build());
    assertTrue(e.getMessage().contains("has class folders [c] that are not among the classes [a, b]"), e.getMessage());
  }

  @Test
  void aLoaderReadsFilesIntoABatch() throws IOException {
    ImageLoader loader = ImageLoader.of(5, 5, 1, 1 / 255.0);
    INDArray batch = loader.load(List.of(root.resolve("train/a/0.png"), root.resolve("train/b/9.png")));
    assertArrayEquals(new long[] {2, 5, 5, 1}, batch.shape());
    assertEquals(10 / 255.0, batch.getDouble(0, 2, 2, 0), 1e-6);
    assertEquals(119 / 255.0, batch.getDouble(1, 2, 2, 0), 1e-6);
    assertArrayEquals(new int[] {5, 5, 1}, loader.imageShape());
    assertEquals((10 / 255.0 - 0.5) / 0.25, loader.standardized(0.5, 0.25).load(root.resolve("train/a/0.png"))[0],
        1e-5);
    assertThrows(UnreadableImageException.class, () -> loader.load(root.resolve("train/missing.png")));
  }

  @Test
  void loadingIntoMemoryGivesWhatBatchesGiveAndAugmentsLikeAnyDataset() throws IOException {
    ImageFolder folder = train().standardized(dev.lamina.runtime.data.preprocess.StandardScaler.of(64.5, 50));
    dev.lamina.runtime.data.array.ArrayDataset arrays = folder.load();
    assertEquals(20, arrays.size());
    try (BatchIterator it = folder.batches(20)) {
      Batch b = it.next();
      assertEquals(b.features(), arrays.featuresArray());
      assertArrayEquals(b.labels().toIntVector(), arrays.labels());
    }
    dev.lamina.runtime.data.augment.Augmentation flip = dev.lamina.runtime.data.augment.Augmentation.builder()
        .randomFlip(dev.lamina.runtime.data.augment.FlipMode.HORIZONTAL).build();
    try (BatchIterator streamed = flip.applyTo(folder).batches(7, dev.lamina.runtime.data.Order.shuffled(3));
        BatchIterator loaded = flip.applyTo(arrays).batches(7, dev.lamina.runtime.data.Order.shuffled(3))) {
      while (streamed.hasNext()) {
        Batch a = streamed.next();
        Batch b = loaded.next();
        assertEquals(b.features(), a.features(), "the same images whether streamed or loaded");
        assertEquals(b.labels(), a.labels());
      }
    }
  }
}
