package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.TestDataset;
import dev.lamina.runtime.testing.TestNet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** fit, evaluate and predict on hand-written networks and synthetic data. */
class TrainerTest {
  private static final TestDataset TRAIN = Blobs.make(300, 7);
  private static final TestDataset VALID = Blobs.make(90, 8);

  static TestNet softmaxRegression(long seed) {
    return TestNet.builder(new int[] {2, 2, 1}, 3).seed(seed).build();
  }

  static Trainer sgdTrainer(TestNet net) {
    return Trainer.builder(net).loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Sgd.builder().learningRate(0.1).build()).metrics(Metrics.accuracy()).build();
  }

  static FitConfig.Builder quiet() {
    return FitConfig.builder().verbosity(Verbosity.SILENT);
  }

  @Test
  void softmaxRegressionLearnsSeparableBlobs() {
    Trainer trainer = sgdTrainer(softmaxRegression(1));
    double before = trainer.evaluate(VALID).loss();
    History history = trainer.fit(TRAIN, quiet().epochs(8).batchSize(16).validationData(VALID).seed(3).build());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), history.epochs());
    assertEquals(List.of(MetricKey.LOSS, MetricKey.ACCURACY, MetricKey.VAL_LOSS, MetricKey.VAL_ACCURACY),
        history.keys());
    double[] loss = history.values(MetricKey.LOSS);
    assertTrue(loss[7] < loss[0] / 2, "loss fell from " + loss[0] + " to " + loss[7]);
    assertTrue(history.last().get(MetricKey.VAL_ACCURACY) > 0.95, history.toString());
    Evaluation evaluation = trainer.evaluate(VALID);
    assertTrue(evaluation.loss() < before / 3, before + " -> " + evaluation.loss());
    // evaluating the validation data again gives the epoch's val_ figures exactly
    assertEquals(history.last().get(MetricKey.VAL_LOSS), evaluation.loss(), 1e-12);
    assertEquals(history.last().get(MetricKey.VAL_ACCURACY), evaluation.get(MetricKey.ACCURACY), 1e-12);
    assertEquals(8, trainer.completedEpochs());
  }

  @Test
  void epochFiguresAreMeansOverBatchesBeforeEachUpdate() {
    // One epoch, no shuffle, batches of 100, 100 and 100: the logged loss is the mean of the three batch losses,
    // each measured on the forward pass before that batch's update.
    TestNet a = softmaxRegression(5);
    TestNet b = softmaxRegression(5);
    Trainer trainer = sgdTrainer(a);
    History history = trainer.fit(TRAIN, quiet().batchSize(100).shuffle(false).build());
    Trainer manual = sgdTrainer(b);
    double sum = 0;
    for (int start = 0; start < 300; start += 100) {
      int[] rows = java.util.stream.IntStream.range(start, start + 100).toArray();
      TestDataset batch = new TestDataset(TestDataset.gather(TRAIN.features(), rows),
          TestDataset.gather(TRAIN.labels(), rows));
      sum += manual.evaluate(batch, 100).loss();
      manual.fit(batch, quiet().batchSize(100).shuffle(false).build());
    }
    assertEquals(sum / 3, history.last().get(MetricKey.LOSS), 1e-6);
    assertArrayEquals(b.parameters().values().toFloatVector(), a.parameters().values().toFloatVector(), 0f);
  }

  @Test
  void oneSeedMakesRunsIdentical() {
    TestNet first = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(8, 0.5).seed(11).build();
    TestNet second = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(8, 0.5).seed(11).build();
    TestNet other = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(8, 0.5).seed(11).build();
    FitConfig config = quiet().epochs(2).batchSize(32).seed(99).build();
    sgdTrainer(first).fit(TRAIN, config);
    sgdTrainer(second).fit(TRAIN, config);
    sgdTrainer(other).fit(TRAIN, config.toBuilder().seed(100).build());
    assertArrayEquals(first.parameters().values().toFloatVector(), second.parameters().values().toFloatVector(), 0f);
    assertFalse(java.util.Arrays.equals(first.parameters().values().toFloatVector(),
        other.parameters().values().toFloatVector()), "another seed shuffles and drops out differently");
  }

  @Test
  void predictRunsInBatchesAndMatchesOneForwardPass() {
    TestNet net = softmaxRegression(2);
    Trainer trainer = sgdTrainer(net);
    INDArray x = TestDataset.gather(TRAIN.features(), java.util.stream.IntStream.range(0, 20).toArray());
    INDArray batched = trainer.predict(x, 7);
    assertArrayEquals(new long[] {20, 3}, batched.shape());
    assertArrayEquals(net.forward(x, false).toFloatMatrix(), batched.toFloatMatrix());
    assertEquals(20, batched.sum(1).sumNumber().doubleValue(), 1e-4);
    assertThrows(IllegalArgumentException.class, () -> trainer.predict(x, 0));
    IllegalArgumentException wrongShape = assertThrows(IllegalArgumentException.class,
        () -> trainer.predict(Nd4j.zeros(DataType.FLOAT, 4, 3, 3, 1)));
    assertTrue(wrongShape.getMessage().contains("network TestNet"), wrongShape.getMessage());
  }

  @Test
  void adamTrainsAnMlpWithOneHotLabels() {
    INDArray oneHot = Nd4j.zeros(DataType.FLOAT, 300, 3);
    for (int i = 0; i < 300; i++) {
      oneHot.putScalar(i, TRAIN.labels().getInt(i), 1);
    }
    TestDataset train = new TestDataset(TRAIN.features(), oneHot);
    TestNet net = TestNet.builder(new int[] {2, 2, 1}, 3).hidden(16, 0.2).seed(4).build();
    Trainer trainer = Trainer.builder(net).loss(Losses.categoricalCrossentropy())
        .optimizer(Adam.builder().learningRate(0.01).build())
        .metrics(Metrics.accuracy(), Metrics.topKCategoricalAccuracy(2)).build();
    History history = trainer.fit(train, quiet().epochs(5).batchSize(20).seed(1).build());
    assertTrue(history.last().get(MetricKey.ACCURACY) > 0.95, history.toString());
    assertEquals(1.0, history.last().get(Metrics.topKCategoricalAccuracy(2).key()), 0.02);
  }

  @Test
  void perPixelMasksTrainWithBinaryCrossentropy() {
    // each pixel's mask is 1 when its first channel is positive: a per-pixel logistic regression separates it
    java.util.Random random = new java.util.Random(3);
    INDArray x = Nd4j.create(DataType.FLOAT, 64, 4, 4, 2);
    INDArray y = Nd4j.create(DataType.FLOAT, 64, 4, 4, 1);
    for (long i = 0; i < 64 * 16; i++) {
      double v = random.nextGaussian();
      x.putScalar(2 * i, v);
      x.putScalar(2 * i + 1, random.nextGaussian());
      y.putScalar(i, v > 0 ? 1 : 0);
    }
    TestNet net = TestNet.builder(new int[] {4, 4, 2}, 1).perPixel().activation(ActivationFunction.SIGMOID).build();
    Trainer trainer = Trainer.builder(net).loss(Losses.binaryCrossentropy())
        .optimizer(Sgd.builder().learningRate(1.0).build()).metrics(Metrics.binaryAccuracy(), Metrics.binaryIoU())
        .build();
    History history = trainer.fit(new TestDataset(x, y), quiet().epochs(10).batchSize(8).build());
    assertTrue(history.last().get(MetricKey.LOSS) < history.epochLogs(0).get(MetricKey.LOSS));
    assertTrue(history.last().get(Metrics.binaryAccuracy().key()) > 0.95, history.toString());
    assertTrue(history.last().get(Metrics.binaryIoU().key()) > 0.9, history.toString());
  }

  @Test
  void defaultsAreKerasCompileAndFitDefaults() {
    Trainer trainer = Trainer.builder(softmaxRegression(1)).loss(Losses.sparseCategoricalCrossentropy()).build();
    assertEquals("rmsprop", trainer.optimizer().name());
    FitConfig config = FitConfig.builder().build();
    assertEquals(1, config.epochs());
    assertEquals(32, config.batchSize());
    assertEquals(32, config.validationBatchSize());
    assertTrue(config.shuffle());
    assertEquals(Verbosity.PROGRESS_BAR, config.verbosity());
    assertThrows(IllegalStateException.class, () -> Trainer.builder(softmaxRegression(1)).build());
    assertThrows(IllegalArgumentException.class, () -> Trainer.builder(softmaxRegression(1))
        .loss(Losses.sparseCategoricalCrossentropy()).metrics(Metrics.accuracy(), Metrics.accuracy()).build());
  }

  @Test
  void nothingToDoWhenInitialEpochReachesEpochs() {
    Trainer trainer = sgdTrainer(softmaxRegression(1));
    History history = trainer.fit(TRAIN, quiet().epochs(3).initialEpoch(3).build());
    assertEquals(0, history.size());
  }

  static Dataset dataset(INDArray features, INDArray labels) {
    return new TestDataset(features, labels);
  }
}
