package dev.lamina.runtime.tensorboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.TestNet;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import dev.lamina.runtime.train.Verbosity;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event files written during fit, read back by an independent reader. */
class TensorBoardTest {
  @TempDir
  Path dir;

  private static Trainer trainer() {
    return Trainer.builder(TestNet.builder(new int[] {2, 2, 1}, 3).build())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(0.05).build())
        .metrics(Metrics.accuracy()).build();
  }

  private static Path onlyFile(Path runDir) throws Exception {
    try (Stream<Path> files = Files.list(runDir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  @Test
  void readerAgreesWithTheCrc32cCheckValue() {
    // the standard check value of CRC-32C: "123456789" -> 0xE3069283
    assertEquals(0xE3069283, EventFileReader.crc32c("123456789".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void writesKerasTagsPerEpochInTrainAndValidationRuns() throws Exception {
    Path logDir = dir.resolve("cnn-selu-callbacks");
    TensorBoard tensorBoard = new TensorBoard(logDir);
    History history = trainer().fit(Blobs.make(60, 1), FitConfig.builder().epochs(3).batchSize(20)
        .validationData(Blobs.make(30, 2)).verbosity(Verbosity.SILENT).callbacks(tensorBoard).build());

    Path trainFile = onlyFile(logDir.resolve("train"));
    assertEquals(trainFile, tensorBoard.trainFile());
    assertTrue(trainFile.getFileName().toString().matches("events\\.out\\.tfevents\\.\\d+\\..+\\.\\d+\\.v2"),
        trainFile.getFileName().toString());
    List<EventFileReader.Event> train = EventFileReader.read(trainFile);
    assertEquals(4, train.size());
    assertEquals("brain.Event:2", train.get(0).fileVersion());
    assertTrue(train.get(0).wallTime() > 1.6e9, "wall time in seconds since 1970");
    for (int epoch = 0; epoch < 3; epoch++) {
      EventFileReader.Event event = train.get(epoch + 1);
      assertNull(event.fileVersion());
      assertEquals(epoch, event.step());
      assertEquals(List.of("epoch_loss", "epoch_accuracy", "epoch_learning_rate"), List.copyOf(event.scalars().keySet()));
      assertEquals((float) history.values(MetricKey.LOSS)[epoch], event.scalars().get("epoch_loss"));
      assertEquals((float) history.values(MetricKey.ACCURACY)[epoch], event.scalars().get("epoch_accuracy"));
      assertEquals(0.05f, event.scalars().get("epoch_learning_rate"));
    }

    List<EventFileReader.Event> validation = EventFileReader.read(onlyFile(logDir.resolve("validation")));
    assertEquals("brain.Event:2", validation.get(0).fileVersion());
    float[] valLoss = new float[3];
    float[] expected = new float[3];
    for (int epoch = 0; epoch < 3; epoch++) {
      EventFileReader.Event event = validation.get(epoch + 1);
      assertEquals(epoch, event.step());
      assertEquals(List.of("epoch_loss", "epoch_accuracy"), List.copyOf(event.scalars().keySet()));
      valLoss[epoch] = event.scalars().get("epoch_loss");
      expected[epoch] = (float) history.values(MetricKey.VAL_LOSS)[epoch];
      assertEquals((float) history.values(MetricKey.VAL_ACCURACY)[epoch], event.scalars().get("epoch_accuracy"));
    }
    assertArrayEquals(expected, valLoss);
  }

  @Test
  void noValidationRunWithoutValidationData() throws Exception {
    Path logDir = dir.resolve("logs");
    trainer().fit(Blobs.make(60, 1), FitConfig.builder().epochs(1).batchSize(30).verbosity(Verbosity.SILENT)
        .callbacks(new TensorBoard(logDir)).build());
    assertTrue(Files.isDirectory(logDir.resolve("train")));
    assertTrue(Files.notExists(logDir.resolve("validation")));
  }

  @Test
  void anUnwritableLogDirectoryFailsBeforeTheFirstEpoch() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    Trainer trainer = trainer();
    float[] before = trainer.model().parameters().values().toFloatVector();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> trainer.fit(Blobs.make(60, 1),
        FitConfig.builder().verbosity(Verbosity.SILENT).callbacks(new TensorBoard(file.resolve("logs"))).build()));
    assertTrue(e.getMessage().startsWith("TensorBoard cannot write its log directory " + file.resolve("logs")),
        e.getMessage());
    assertArrayEquals(before, trainer.model().parameters().values().toFloatVector());
  }
}
