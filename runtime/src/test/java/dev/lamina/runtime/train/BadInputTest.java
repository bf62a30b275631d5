package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.NonFiniteValueException;
import dev.lamina.runtime.callback.TerminateOnNaN;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.TestDataset;
import dev.lamina.runtime.testing.TestNet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bad data gives a clear error (or the documented callback behaviour), never a silent wrong result. */
class BadInputTest {
  private static final TestDataset TRAIN = Blobs.make(60, 7);

  private static Trainer trainer() {
    return TrainerTest.sgdTrainer(TrainerTest.softmaxRegression(1));
  }

  @Test
  void labelsOutOfRangeStopTrainingWithTheirPosition() {
    INDArray labels = TRAIN.labels().dup();
    labels.putScalar(37, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer()
        .fit(new TestDataset(TRAIN.features(), labels), TrainerTest.quiet().batchSize(16).shuffle(false).build()));
    assertEquals("the training data, epoch 1, batch 3: label 5 at position 5 of the batch is not a class index: the"
        + " output has 3 classes, so labels must be integers 0..2", e.getMessage());
    IllegalArgumentException evaluation = assertThrows(IllegalArgumentException.class,
        () -> trainer().evaluate(new TestDataset(TRAIN.features(), labels)));
    assertTrue(evaluation.getMessage().startsWith("the evaluation data, batch 2: label 5 at position 5"),
        evaluation.getMessage());
  }

  @Test
  void dataOfTheWrongShapeIsRejectedBeforeTraining() {
    Trainer trainer = trainer();
    float[] before = trainer.model().parameters().values().toFloatVector();
    TestDataset wide = new TestDataset(Nd4j.zeros(DataType.FLOAT, 10, 2, 2, 3), Nd4j.zeros(DataType.INT32, 10));
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
        () -> trainer.fit(wide, TrainerTest.quiet().build()));
    assertEquals("the training data has examples of shape [2, 2, 3] but network TestNet takes [2, 2, 1]"
        + " [height, width, channels]", shape.getMessage());
    TestDataset oneHot = new TestDataset(TRAIN.features(), Nd4j.zeros(DataType.FLOAT, 60, 3));
    IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
        () -> trainer.fit(TRAIN, TrainerTest.quiet().validationData(oneHot).build()));
    assertTrue(labels.getMessage().startsWith("the validation data does not fit: sparse_categorical_crossentropy"
        + " takes one class index per row"), labels.getMessage());
    TestDataset empty = new TestDataset(Nd4j.zeros(DataType.FLOAT, 0, 2, 2, 1), Nd4j.zeros(DataType.INT32, 0));
    assertThrows(IllegalArgumentException.class, () -> trainer.fit(empty, TrainerTest.quiet().build()));
    assertArrayEquals(before, trainer.model().parameters().values().toFloatVector(), 0f);
  }

  @Test
  void featuresAndLabelsOfDifferentLengthsAreRejected() {
    // a data set whose batches pair 8 examples with 7 labels: Batch refuses, and fit passes the error on
    Dataset mismatched = new Dataset() {
      @Override
      public int size() {
        return 8;
      }

      @Override
      public int[] exampleShape() {
        return new int[] {2, 2, 1};
      }

      @Override
      public int[] labelShape() {
        return new int[0];
      }

      @Override
      public BatchIterator batches(int batchSize, Order order) {
        return new BatchIterator() {
          private boolean done;

          @Override
          public int batchCount() {
            return 1;
          }

          @Override
          public boolean hasNext() {
            return !done;
          }

          @Override
          public Batch next() {
            done = true;
            return new Batch(Nd4j.zeros(DataType.FLOAT, 8, 2, 2, 1), Nd4j.zeros(DataType.INT32, 7));
          }

          @Override
          public void close() {
            // nothing held
          }
        };
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trainer().fit(mismatched, TrainerTest.quiet().build()));
    assertEquals("features hold 8 examples but labels hold 7", e.getMessage());
  }

  private static TestDataset withNaNInThirdBatch() {
    INDArray features = TRAIN.features().dup();
    features.putScalar(new long[] {45, 0, 0, 0}, Float.NaN);
    return new TestDataset(features, TRAIN.labels());
  }

  @Test
  void aNaNLossThrowsAndIsNotApplied() {
    Trainer trainer = trainer();
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> trainer.fit(withNaNInThirdBatch(),
        TrainerTest.quiet().batchSize(20).shuffle(false).build()));
    assertEquals("loss", e.source());
    assertTrue(e.getMessage().startsWith("the loss of network TestNet became NaN at epoch 1, batch 3; the update was"
        + " not applied."), e.getMessage());
    float[] weights = trainer.model().parameters().values().toFloatVector();
    for (float w : weights) {
      assertTrue(Float.isFinite(w), "the NaN batch must not reach the weights");
    }
    assertArrayEquals(afterTwoCleanBatches(), weights, 0f);
  }

  @Test
  void terminateOnNaNStopsGracefully() {
    Trainer trainer = trainer();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TerminateOnNaN terminate = new TerminateOnNaN(new PrintStream(printed, true, StandardCharsets.UTF_8));
    History history = trainer.fit(withNaNInThirdBatch(),
        TrainerTest.quiet().epochs(5).batchSize(20).shuffle(false).callbacks(terminate).build());
    assertEquals(1, history.size());
    assertTrue(Double.isNaN(history.last().get(MetricKey.LOSS)));
    assertEquals(0, terminate.terminatedEpoch());
    assertEquals(2, terminate.terminatedBatch());
    assertEquals("Batch 2: Invalid loss, terminating training", printed.toString(StandardCharsets.UTF_8).trim());
    assertArrayEquals(afterTwoCleanBatches(), trainer.model().parameters().values().toFloatVector(), 0f);
  }

  /** The weights after training on the first two batches of 20 only. */
  private static float[] afterTwoCleanBatches() {
    Trainer reference = trainer();
    int[] rows = IntStream.range(0, 40).toArray();
    reference.fit(new TestDataset(TestDataset.gather(TRAIN.features(), rows), TestDataset.gather(TRAIN.labels(), rows)),
        TrainerTest.quiet().batchSize(20).shuffle(false).build());
    return reference.model().parameters().values().toFloatVector();
  }

  @Test
  void modelsOfAnotherOutputActivationAreRefused() {
    TestNet sigmoid = TestNet.builder(new int[] {2, 2, 1}, 3)
        .activation(dev.lamina.dsl.ActivationFunction.SIGMOID).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainer.builder(sigmoid)
        .loss(dev.lamina.runtime.loss.Losses.sparseCategoricalCrossentropy()).build());
    assertTrue(e.getMessage().contains("network TestNet ends in SIGMOID"), e.getMessage());
  }
}
