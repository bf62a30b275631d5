package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.lamina.cli.data.IdxDataset;
import dev.lamina.cli.data.Preprocessing;
import dev.lamina.onnx.OnnxExport;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.data.preprocess.StandardScaler;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.io.NpzWeights;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.samples.LaminaFashionCnn;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code lamina export} and {@code lamina import-weights} run in-process through picocli on a
 * {@code FashionCnn} checkpoint: the ONNX file runs in ONNX Runtime and agrees with the checkpoint's
 * forward pass within 1e-5 at two batch sizes; the {@code .npz} imports back into a checkpoint with every
 * weight equal, with a run's {@code preprocessing.json} beside it when given, and is refused in a directory
 * whose {@code preprocessing.json} belongs to another network; a failed write leaves nothing behind.
 */
class ExportCommandTest {
  @TempDir
  Path tmp;

  private Path checkpoint;
  private Model model;

  @BeforeEach
  void checkpoint() throws IOException {
    checkpoint = tmp.resolve("run/best.lamina");
    model = LaminaFashionCnn.create(11);
    Checkpoints.save(checkpoint, model, null, 3, 11);
  }

  @Test
  void theOnnxFileRunsInOnnxRuntimeAsTheCheckpointDoes() throws Exception {
    Path onnx = tmp.resolve("out/fashion_cnn.onnx");
    CliRun r = CliRun.of("export", "--network", "FashionCnn", "--checkpoint", checkpoint.toString(), "--format", "onnx",
        "--output", onnx.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals("wrote " + onnx + ": FashionCnn as ONNX (opset 13), input 'input' [N, 28, 28, 1], output 'output'"
        + " [N, 10]", r.out().strip());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session = env.createSession(onnx.toString(), new OrtSession.SessionOptions())) {
      for (int batch : new int[] {4, 1}) {
        Nd4j.getRandom().setSeed(batch);
        INDArray x = Nd4j.randn(DataType.FLOAT, batch, 28, 28, 1);
        float[] want = model.predict(x).dup('c').data().asFloat();
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.dup('c').data().asFloat()), x.shape());
            OrtSession.Result result = session.run(Map.of(OnnxExport.INPUT, input))) {
          OnnxTensor output = (OnnxTensor) result.get(0);
          assertArrayEquals(new long[] {batch, 10}, output.getInfo().getShape());
          FloatBuffer got = output.getFloatBuffer();
          for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got.get(i), 1e-5, "batch " + batch + ", value " + i);
          }
        }
      }
    }
  }

  @Test
  void npzWeightsImportBackIntoAnEqualCheckpoint() throws Exception {
    Path npz = tmp.resolve("weights.npz");
    CliRun exported = CliRun.of("export", "-c", checkpoint.toString(), "--format", "npz", "-o", npz.toString());
    assertEquals(0, exported.status(), exported.toString());
    assertTrue(exported.out().contains("the 16 weight tensors of FashionCnn"), exported.out());

    Path imported = tmp.resolve("imported/from-npz.lamina");
    CliRun back = CliRun.of("import-weights", "--network", "FashionCnn", "--weights", npz.toString(), "--output",
        imported.toString());
    assertEquals(0, back.status(), back.toString());
    Model loaded = LaminaFashionCnn.create(99);
    Checkpoints.load(imported, loaded, null);
    assertSameWeights(model, loaded);
    // The imported checkpoint is one the other commands accept: exported again, it holds the same weights.
    Path again = tmp.resolve("again.npz");
    assertEquals(0, CliRun.of("export", "-c", imported.toString(), "-f", "npz", "-o", again.toString()).status());
    Model reloaded = LaminaFashionCnn.create(5);
    NpzWeights.load(again, reloaded);
    assertSameWeights(model, reloaded);
  }

  private static void assertSameWeights(Model expected, Model actual) {
    List<Parameter> want = expected.parameters().all();
    List<Parameter> got = actual.parameters().all();
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      assertEquals(want.get(i).path(), got.get(i).path());
      assertEquals(want.get(i).value(), got.get(i).value(), want.get(i).path());
    }
  }

  @Test
  void importWeightsPutsThePreprocessingBesideAndRefusesAnotherRunsDirectory() throws Exception {
    Path npz = tmp.resolve("weights.npz");
    assertEquals(0, CliRun.of("export", "-c", checkpoint.toString(), "-f", "npz", "-o", npz.toString()).status());
    Path record = tmp.resolve("record/preprocessing.json");
    Preprocessing.idx(IdxDataset.FASHION_MNIST, Preprocessing.STANDARDIZE, StandardScaler.of(72.94, 90.02), 5000, 0,
        FashionMnist.CLASS_NAMES).writeTo(record.getParent());

    Path imported = tmp.resolve("imported/best.lamina");
    CliRun withRecord = CliRun.of("import-weights", "-n", "FashionCnn", "-w", npz.toString(), "-o", imported.toString(),
        "--preprocessing", record.toString());
    assertEquals(0, withRecord.status(), withRecord.toString());
    Preprocessing beside = Preprocessing.besides(imported).orElseThrow();
    assertEquals(90.02, beside.std());
    assertEquals("dev.lamina.samples.FashionCnn", beside.network());

    Path other = Files.createDirectories(tmp.resolve("other-run"));
    Preprocessing.idx(IdxDataset.FASHION_MNIST, Preprocessing.STANDARDIZE, StandardScaler.of(72.94, 90.02), 5000, 0,
        FashionMnist.CLASS_NAMES).withNetwork("dev.lamina.samples.FashionSeparableCnn").writeTo(other);
    CliRun refused = CliRun.of("import-weights", "-n", "FashionCnn", "-w", npz.toString(), "-o",
        other.resolve("best.lamina").toString());
    assertEquals(1, refused.status(), refused.toString());
    assertTrue(refused.err().contains(other.resolve(Preprocessing.FILE_NAME) + " already exists, for"
        + " dev.lamina.samples.FashionSeparableCnn, and would apply to best.lamina"), refused.err());
    assertFalse(Files.exists(other.resolve("best.lamina")), "nothing written");
  }

  @Test
  void aFailedExportLeavesNothingAndKeepsTheOldFile() throws Exception {
    Path directory = Files.createDirectories(tmp.resolve("a-directory.onnx"));
    CliRun intoDirectory = CliRun.of("export", "-c", checkpoint.toString(), "-f", "onnx", "-o", directory.toString());
    assertEquals(1, intoDirectory.status(), intoDirectory.toString());
    assertTrue(intoDirectory.err().contains(directory + ": is a directory"), intoDirectory.err());

    Path old = tmp.resolve("old.npz");
    Files.writeString(old, "the previous file");
    Path weightsOfAnother = tmp.resolve("bad.npz");
    Files.writeString(weightsOfAnother, "not a zip");
    CliRun refused = CliRun.of("import-weights", "-n", "FashionCnn", "-w", weightsOfAnother.toString(), "-o",
        tmp.resolve("x/never.lamina").toString());
    assertEquals(1, refused.status(), refused.toString());
    assertTrue(refused.err().contains(weightsOfAnother.toString()), refused.err());
    assertFalse(Files.exists(tmp.resolve("x/never.lamina")));

    CliRun unknownFormat = CliRun.of("export", "-c", checkpoint.toString(), "-f", "tflite", "-o", old.toString());
    assertEquals(2, unknownFormat.status(), unknownFormat.toString());
    assertEquals("the previous file", Files.readString(old), "a refused export does not touch the file");
    try (Stream<Path> files = Files.walk(tmp)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList(),
          "no temporary file (" + AtomicFiles.partialFile(old).getFileName() + ") is left");
    }
  }

}
