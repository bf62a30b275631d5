package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.callback.CsvLogger;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.tensorboard.TensorBoard;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Verbosity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver-side callbacks of a Spark fit behave as in {@code Trainer.fit}: early stopping ends the
 * fit, the CSV log holds the history's figures, TensorBoard writes its train and validation event
 * files, and the best checkpoint restores the weights of the epoch it was taken at.
 */
class SparkCallbacksTest {
  static final String NETWORK = "dev.lamina.samples.nets.WholeNets.SmallFashionCnn";

  @Test
  void callbacksRunOnTheDriverAsInOneProcess(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    TestData data = TestData.first(320);
    ArrayDataset validation = data.local(IntStream.range(256, 320).toArray());
    SparkTrainer trainer = SparkTrainer.builder(spark, new NetworkSpec(NETWORK, 3))
        .loss(Losses::sparseCategoricalCrossentropy).optimizer(Adam.builder().learningRate(1e-3).build())
        .metrics(Metrics.accuracy()).partitions(2).build();
    Path csv = dir.resolve("log.csv");
    Path checkpoint = dir.resolve("best.lamina");
    Path board = dir.resolve("tensorboard");
    // no epoch after the first improves val_loss by 10; with patience 2 (Keras counts the epoch being
    // judged) the fit stops at the end of epoch 2 of 6
    EarlyStopping stopping = EarlyStopping.builder().monitor(MetricKey.VAL_LOSS).minDelta(10).patience(2).build();
    History history = trainer.fit(data.rows(spark, 2), FitConfig.builder().epochs(6).batchSize(32).seed(7)
        .validationData(validation).verbosity(Verbosity.SILENT)
        .callbacks(CsvLogger.builder(csv).build(), stopping, new TensorBoard(board),
            ModelCheckpoint.builder(checkpoint).monitor(MetricKey.LOSS).saveBestOnly(true).build())
        .build());

    assertEquals(List.of(0, 1, 2), history.epochs(), "EarlyStopping(patience 2) ends the fit after epoch 2");
    List<String> lines = Files.readAllLines(csv);
    assertEquals("epoch,accuracy,loss,val_accuracy,val_loss", lines.get(0));
    assertEquals(4, lines.size(), String.join("\n", lines));
    double[] losses = history.values(MetricKey.LOSS);
    for (int e = 0; e < 3; e++) {
      String[] cells = lines.get(e + 1).split(",");
      assertEquals(Integer.toString(e), cells[0]);
      assertEquals(losses[e], Double.parseDouble(cells[2]), 1e-6 * Math.abs(losses[e]));
      assertEquals(history.values(MetricKey.VAL_LOSS)[e], Double.parseDouble(cells[4]), 1e-6);
    }
    assertTrue(losses[2] < losses[1] && losses[1] < losses[0], "the loss did not fall every epoch: "
        + java.util.Arrays.toString(losses));
    assertEquals(2, stopping.stoppedEpoch());

    for (String run : new String[] {"train", "validation"}) {
      try (Stream<Path> files = Files.list(board.resolve(run))) {
        List<Path> events = files.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents")).toList();
        assertEquals(1, events.size(), run + ": " + events);
        assertTrue(Files.size(events.get(0)) > 100, run + " event file is empty");
      }
    }

    // the best loss was the last epoch's, so the checkpoint holds the final weights
    float[] trained = trainer.model().parameters().values().toFloatVector();
    SparkTrainer restored = SparkTrainer.builder(spark, new NetworkSpec(NETWORK, 99))
        .loss(Losses::sparseCategoricalCrossentropy).optimizer(Adam.builder().build()).partitions(2).build();
    restored.restore(checkpoint);
    assertArrayEquals(trained, restored.model().parameters().values().toFloatVector());
  }
}
