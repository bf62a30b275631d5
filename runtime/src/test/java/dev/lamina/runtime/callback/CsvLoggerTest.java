package dev.lamina.runtime.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSVLogger's file against the History of the same run. */
class CsvLoggerTest {
  @TempDir
  Path dir;

  private Trainer trainer() {
    return Trainer.builder(TestNet.builder(new int[] {2, 2, 1}, 3).build())
        .loss(Losses.sparseCategoricalCrossentropy()).optimizer(Sgd.builder().learningRate(0.1).build())
        .metrics(Metrics.accuracy()).build();
  }

  @Test
  void writesKerasColumnsAndOneRowPerEpoch() throws Exception {
    Path file = dir.resolve("training.csv");
    History history = trainer().fit(Blobs.make(60, 1), FitConfig.builder().epochs(2).batchSize(30)
        .validationData(Blobs.make(30, 2)).verbosity(Verbosity.SILENT)
        .callbacks(CsvLogger.builder(file).build()).build());
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals("epoch,accuracy,loss,val_accuracy,val_loss", lines.get(0));
    for (int epoch = 0; epoch < 2; epoch++) {
      String[] cells = lines.get(epoch + 1).split(",");
      assertEquals(String.valueOf(epoch), cells[0]);
      assertEquals(history.values(MetricKey.ACCURACY)[epoch], Double.parseDouble(cells[1]));
      assertEquals(history.values(MetricKey.LOSS)[epoch], Double.parseDouble(cells[2]));
      assertEquals(history.values(MetricKey.VAL_ACCURACY)[epoch], Double.parseDouble(cells[3]));
      assertEquals(history.values(MetricKey.VAL_LOSS)[epoch], Double.parseDouble(cells[4]));
    }
    // append continues the file without a second header
    trainer().fit(Blobs.make(60, 1), FitConfig.builder().epochs(1).batchSize(30).validationData(Blobs.make(30, 2))
        .verbosity(Verbosity.SILENT).callbacks(CsvLogger.builder(file).append(true).build()).build());
    assertEquals(4, Files.readAllLines(file).size());
  }

  @Test
  void anUnwritablePathFailsBeforeTraining() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    Trainer trainer = trainer();
    float[] before = trainer.model().parameters().values().toFloatVector();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> trainer.fit(Blobs.make(60, 1),
        FitConfig.builder().verbosity(Verbosity.SILENT)
            .callbacks(CsvLogger.builder(notADirectory.resolve("log.csv")).build()).build()));
    assertTrue(e.getMessage().startsWith("CSVLogger cannot write " + notADirectory.resolve("log.csv")), e.getMessage());
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, trainer.model().parameters().values().toFloatVector());
  }
}
