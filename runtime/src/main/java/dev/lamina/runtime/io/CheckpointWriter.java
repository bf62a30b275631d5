package dev.lamina.runtime.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.optim.Optimizer;
import dev.lamina.runtime.param.Parameter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Writes checkpoints: a zip (stored, like {@code numpy.savez}) of {@code lamina.json} and .npy entries. */
final class CheckpointWriter {
  static final String METADATA = "lamina.json";
  static final String WEIGHTS = "weights/";
  static final String OPTIMIZER = "optimizer/";

  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private CheckpointWriter() {}

  static void save(Path path, Model model, Optimizer optimizer, int epoch, long seed) throws IOException {
    List<CheckpointMetadata.WeightEntry> weights = new ArrayList<>();
    for (Parameter p : model.parameters().all()) {
      weights.add(new CheckpointMetadata.WeightEntry(p.path(), p.shape(), p.trainable()));
    }
    CheckpointMetadata.OptimizerEntry optimizerEntry = null;
    if (optimizer != null) {
      if (!optimizer.isBuilt()) {
        throw new IllegalStateException(optimizer.name() + " optimizer is not built, so it has no state to save");
      }
      optimizerEntry = new CheckpointMetadata.OptimizerEntry(optimizer.name(), optimizer.iterations(),
          optimizer.learningRate(), optimizer.config(), List.copyOf(optimizer.slots().keySet()));
    }
    requireFinite(model, optimizer);
    String architecture = model.architecture();
    CheckpointMetadata metadata = new CheckpointMetadata(CheckpointMetadata.FORMAT, CheckpointMetadata.VERSION,
        model.name(), Fingerprint.sha256(architecture), architecture, model.dataType().name(), epoch, seed,
        Instant.now().toString(), weights, optimizerEntry);
    byte[] json = JSON.writeValueAsBytes(metadata);
    AtomicFiles.write(path, out -> {
      ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
      stored(zip, METADATA, json);
      for (Parameter p : model.parameters().all()) {
        stored(zip, WEIGHTS + p.path() + ".npy", Npy.encode(p.value()));
      }
      if (optimizer != null) {
        for (Map.Entry<String, INDArray> slot : optimizer.slots().entrySet()) {
          stored(zip, OPTIMIZER + slot.getKey() + ".npy", Npy.encode(slot.getValue()));
        }
      }
      zip.finish();
    });
  }

  /**
   * Refuses to save NaN or infinite state, which loading refuses too: the file would be useless.
   *
   * @throws IllegalStateException naming the parameter or slot and the first non-finite value
   */
  private static void requireFinite(Model model, Optimizer optimizer) {
    try {
      for (Parameter p : model.parameters().all()) {
        FiniteValues.require(p.value(), WEIGHTS + p.path() + ".npy");
      }
      if (optimizer != null) {
        for (Map.Entry<String, INDArray> slot : optimizer.slots().entrySet()) {
          FiniteValues.require(slot.getValue(), OPTIMIZER + slot.getKey() + ".npy");
        }
      }
    } catch (CheckpointFormatException e) {
      throw new IllegalStateException("cannot save network " + model.name() + ": " + e.getMessage()
          + " (training diverged: lower the learning rate, or add TerminateOnNaN)", e);
    }
  }

  static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** {@code out} without close, so that AtomicFiles can force the channel after the zip is finished. */
  static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
