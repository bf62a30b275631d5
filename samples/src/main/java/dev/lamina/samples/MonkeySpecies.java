package dev.lamina.samples;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.augment.Augmentation;
import dev.lamina.runtime.data.augment.FlipMode;
import dev.lamina.runtime.data.image.ImageFolder;
import dev.lamina.runtime.data.preprocess.Split;
import dev.lamina.runtime.data.preprocess.TrainValidation;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Metrics;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.FitConfig;
import dev.lamina.runtime.train.History;
import dev.lamina.runtime.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Your own network on your own images, as the README's own-project section shows it: {@link MonkeyCnn}
 * trained on Kaggle's 10 Monkey Species ({@code training/n0/*.jpg ... training/n9/*.jpg},
 * {@code validation/...}, {@code monkey_labels.txt}) with augmentation, saved, restored and used to
 * classify a photo; and the same training from arrays of your own.
 *
 * <p>Run it with {@code java -cp 'samples/target/lamina-samples-0.1.0-SNAPSHOT.jar:samples/target/lib/*'
 * dev.lamina.samples.MonkeySpecies DATASET_DIR OUTPUT_DIR [EPOCHS] [PHOTO]} after
 * {@code mvn -B -q -DskipTests package}.
 */
public final class MonkeySpecies {
  private MonkeySpecies() {}

  /**
   * Trains on {@code args[0]} for {@code args[2]} epochs (default 20), saves into {@code args[1]}, and
   * classifies the photo {@code args[3]} when given.
   *
   * @throws IOException if the images cannot be read or the checkpoint written
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Trained trained = train(root, out, epochs);
    System.out.println("validation: " + trained.validation());
    if (args.length > 3) {
      System.out.println(args[3] + ": " + classify(trained.checkpoint(), trained.training(), Path.of(args[3])));
    }
  }

  /**
   * What {@link #train} produced.
   *
   * @param training the training folder (its class names and the loader of its images)
   * @param checkpoint the saved weights and optimizer state
   * @param history the figures of each epoch
   * @param validation the final weights' figures on the validation folder
   */
  public record Trained(ImageFolder training, Path checkpoint, History history, Evaluation validation) {}

  /**
   * Trains {@link MonkeyCnn} on the image folders under {@code root} with augmentation and saves it as
   * {@code out/monkeys.lamina}.
   *
   * @throws IOException if the folders cannot be read or the checkpoint written
   */
  public static Trained train(Path root, Path out, int epochs) throws IOException {
    // Kaggle's layout: training/n0/*.jpg ... training/n9/*.jpg; every image resized to the network's input
    ImageFolder training = ImageFolder.builder(root.resolve("training"))
        .imageSize(128, 128).channels(3).rescale(1 / 255.0)         // MonkeyCnn's input, values 0..1
        .labelNames(root.resolve("monkey_labels.txt"), 2)            // names from Kaggle's file, column 2
        .build();
    ImageFolder validation = ImageFolder.builder(root.resolve("validation"))
        .imageSize(128, 128).channels(3).rescale(1 / 255.0)
        .classFolders(training.classFolders())                        // the same class indices
        .build();
    Augmentation augmentation = Augmentation.builder()              // Keras's RandomFlip, RandomRotation, ...
        .randomFlip(FlipMode.HORIZONTAL).randomRotation(0.05).randomZoom(0.1).randomContrast(0.2)
        .valueRange(0, 1)                                             // the images' values after rescale
        .build();

    Model model = LaminaMonkeyCnn.create(42);
    Trainer trainer = Trainer.builder(model)
        .loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Adam.builder().build())
        .metrics(Metrics.accuracy())
        .build();
    History history = trainer.fit(augmentation.applyTo(training), FitConfig.builder()
        .epochs(epochs).batchSize(32).validationData(validation).seed(42).build());
    Path checkpoint = out.resolve("monkeys.lamina");
    trainer.save(checkpoint);                                        // weights and optimizer state
    return new Trained(training, checkpoint, history, trainer.evaluate(validation));
  }

  /**
   * The class of a photo by the network saved in {@code checkpoint}, read as {@code training}'s images.
   *
   * @throws IOException if the checkpoint cannot be read
   */
  public static String classify(Path checkpoint, ImageFolder training, Path photo) throws IOException {
    Model restored = LaminaMonkeyCnn.create(0);
    Checkpoints.load(checkpoint, restored, null);                    // weights only, checked against the network
    INDArray images = training.loader().load(List.of(photo));        // [1, 128, 128, 3], read as in training
    INDArray probabilities = restored.predict(images);               // [1, 10]
    return training.classNames().get(probabilities.argMax(1).getInt(0));
  }

  /**
   * The same training from arrays of your own.
   *
   * @param pixels {@code n * 128 * 128 * 3} values 0..1, NHWC, example after example
   * @param labels {@code n} class indices 0..9
   */
  public static History fitArrays(float[] pixels, int[] labels, int epochs) {
    ArrayDataset arrays = ArrayDataset.of(pixels, new int[] {128, 128, 3}, labels, 10);
    TrainValidation split = Split.last(arrays.size() / 5).of(arrays);  // Keras's validation_split=0.2
    Augmentation augmentation = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL).valueRange(0, 1).build();
    Trainer trainer = Trainer.builder(LaminaMonkeyCnn.create(42))
        .loss(Losses.sparseCategoricalCrossentropy())
        .optimizer(Adam.builder().build())
        .metrics(Metrics.accuracy())
        .build();
    return trainer.fit(augmentation.applyTo(split.train()), FitConfig.builder()
        .epochs(epochs).batchSize(32).validationData(split.validation()).seed(42).build());
  }
}
