package dev.lamina.samples.cli;

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
 * @param test the final model's figures on the test set
 */
public record RunResults(String network, long parameters, int epochs, int batchSize, String optimizer,
    int trainExamples, List<Double> secondsPerEpoch, Map<String, Double> lastEpoch, Map<String, Double> test) {

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
