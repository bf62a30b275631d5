package dev.lamina.cli.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code lamina train} reports at the end, written as {@code results.json}.
 *
 * @param network the network's name
 * @param parameters its total parameter count
 * @param epochs epochs run (fewer than asked when early stopping ended the run)
 * @param batchSize examples per step
 * @param optimizer the optimizer and its learning rate, e.g. {@code SGD(learning_rate=0.01)}
 * @param trainExamples training examples per epoch
 * @param secondsPerEpoch wall-clock seconds of each epoch, training and validation
 * @param lastEpoch the last epoch's figures ({@code loss}, {@code accuracy}, {@code val_loss}, ...)
 * @param test the final model's figures on the test set (on the validation set when the run has no
 *     test set: see {@code evaluatedOn})
 * @param evaluatedOn {@code test} or {@code validation}: the set {@code test} was computed on
 * @param data where the data came from and how it was split and scaled
 * @param augmentation the augmentation of the training images, or {@code none}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunResults(String network, long parameters, int epochs, int batchSize, String optimizer,
    int trainExamples, List<Double> secondsPerEpoch, Map<String, Double> lastEpoch, Map<String, Double> test,
    String evaluatedOn, String data, String augmentation) {

  /** Writes the results as indented JSON, atomically. */
  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    byte[] bytes = json.writeValueAsBytes(this);
    AtomicFiles.write(file, bytes);
  }

  /** Reads results written by {@link #write}. */
  public static RunResults read(Path file) throws IOException {
    return new ObjectMapper().readValue(file.toFile(), RunResults.class);
  }
}
