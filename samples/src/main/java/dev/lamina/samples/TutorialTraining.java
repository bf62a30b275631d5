package dev.lamina.samples;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.callback.EarlyStopping;
import dev.lamina.runtime.callback.ModelCheckpoint;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.mnist.MnistData;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.plot.LearningCurves;
import dev.lamina.runtime.tensorboard.TensorBoard;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The Keras tutorial's conv-net training as plain Java, without the command-line tool: what
 * {@code bin/train-fashion} runs, and the code the README shows. Writes under {@code runs/tutorial/}.
 *
 * <p>Run it with {@code java -cp 'samples/target/lamina-samples-0.1.0-SNAPSHOT.jar:samples/target/lib/*'
 * dev.lamina.samples.TutorialTraining} after {@code mvn -B -q -DskipTests package}.
 */
public final class TutorialTraining {
  private TutorialTraining() {}

  /**
   * Trains {@link FashionCnn} for 10 epochs and prints the test loss and accuracy.
   *
   * @throws IOException if Fashion-MNIST cannot be found or read, or a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    // Fashion-MNIST as [n, 28, 28, 1] floats and class labels: the first 5,000 training images for
    // validation, standardized with one mean and std fit on the training images
    Path out = Path.of("runs", "tutorial");                         // checkpoint, logs, learning curves
    MnistData data = FashionMnist.load();
    TrainValidation split = Split.first(5_000).of(data.train());
    StandardScaler scaler = StandardScaler.fit(split.train());
    ArrayDataset train = scaler.transform(split.train());
    ArrayDataset validation = scaler.transform(split.validation());
    ArrayDataset testSet = scaler.transform(data.test());

    Model model = LaminaFashionCnn.create(42);                      // seeded Glorot-uniform weights
    System.out.print(model.summary());                               // the Keras-style table
    Trainer trainer = Trainer.builder(model)
        .loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Sgd.builder().learningRate(0.01).build())
        .metrics(Metrics.accuracy())
        .build();
    History history = trainer.fit(train, FitConfig.builder()
        .epochs(10).batchSize(32).validationData(validation).seed(42)
        .callbacks(EarlyStopping.builder().monitor(MetricKey.VAL_LOSS).patience(5).minDelta(1e-3).build(),
            ModelCheckpoint.builder(out.resolve("best.lamina")).monitor(MetricKey.VAL_LOSS).saveBestOnly(true).build(),
            new TensorBoard(out.resolve("logs")))
        .build());
    LearningCurves.of(history).writePng(out.resolve("learning-curves.png"));
    Evaluation test = trainer.evaluate(testSet);                    // loss: 0.2808 - accuracy: 0.9152
    System.out.println("test: " + test);
  }
}
