package dev.lamina.samples.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.CheckpointFormatException;
import dev.lamina.runtime.io.IncompatibleCheckpointException;
import dev.lamina.runtime.io.NpzWeights;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormSpatial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weights as NumPy: {@code numpy.load} (Debian's python3-numpy under /usr/bin/python3) reads what
 * {@link NpzWeights#save} writes, under Keras's names and shapes, and an archive that
 * {@code numpy.savez} wrote loads back into the network.
 */
class NpzWeightsTest {
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir
  Path dir;

  @Test
  void numpyReadsTheExportedWeights() throws Exception {
    Model model = LaminaFashionCnn.create(4);
    Path file = dir.resolve("fashion_cnn.npz");
    NpzWeights.save(model, file);

    List<String> lines = python("import numpy as np, sys\n"
        + "w = np.load(sys.argv[1])\n"
        + "for k in w.files:\n"
        + "    a = w[k]\n"
        + "    print(k, a.dtype, a.shape, repr(float(a.astype(np.float64).sum())))\n", file.toString());
    List<Parameter> all = model.parameters().all();
    assertEquals(all.size(), lines.size(), String.join("\n", lines));
    for (int i = 0; i < all.size(); i++) {
      Parameter p = all.get(i);
      String[] parts = lines.get(i).split(" ", 3);
      assertEquals(p.path(), parts[0]);
      assertEquals("float32", parts[1]);
      String rest = parts[2];
      String shape = rest.substring(0, rest.lastIndexOf(')') + 1);
      assertEquals(pythonShape(p.shape()), shape, p.path());
      double sum = Double.parseDouble(rest.substring(rest.lastIndexOf(')') + 2));
      assertEquals(p.value().castTo(DataType.DOUBLE).sumNumber().doubleValue(), sum, 1e-9, p.path());
    }
    assertEquals("conv1/kernel", all.get(0).path());
  }

  @Test
  void weightsNumpyWroteLoadIntoTheNetwork() throws Exception {
    Model model = LaminaNormNets_BatchNormSpatial.create(1);
    Path file = dir.resolve("from_numpy.npz");
    StringBuilder script = new StringBuilder("import numpy as np, sys\nw = {}\n");
    for (Parameter p : model.parameters().all()) {
      // float64 on purpose: loading converts; values 0.001 * (index + 1), and variances positive
      script.append(String.format(Locale.ROOT, "w['%s'] = (np.arange(%d, dtype=np.float64).reshape(%s) + 1) * 0.001%n",
          p.path(), p.size(), pythonShape(p.shape())));
    }
    script.append("np.savez(sys.argv[1], **w)\nprint('written')\n");
    assertEquals(List.of("written"), python(script.toString(), file.toString()));

    INDArray x = Nd4j.rand(DataType.FLOAT, 2, 5, 3, 2);
    INDArray before = model.predict(x);
    NpzWeights.load(file, model);
    for (Parameter p : model.parameters().all()) {
      INDArray expected = Nd4j.arange(1, p.size() + 1).castTo(DataType.FLOAT).muli(0.001f).reshape('c', p.shape());
      assertTrue(expected.equalsWithEps(p.value(), 1e-7), p.path());
    }
    assertNotEquals(before, model.predict(x));

    // and what Lamina writes loads back unchanged
    Model other = LaminaNormNets_BatchNormSpatial.create(2);
    Path again = dir.resolve("again.npz");
    NpzWeights.save(model, again);
    NpzWeights.load(again, other);
    assertEquals(model.predict(x), other.predict(x));
  }

  @Test
  void anArchiveOfAnotherNetworkIsRefusedAndChangesNothing() throws Exception {
    Path file = dir.resolve("cnn.npz");
    NpzWeights.save(LaminaFashionCnn.create(1), file);
    Model model = LaminaNormNets_BatchNormSpatial.create(1);
    INDArray values = model.parameters().values().dup();
    IncompatibleCheckpointException e = assertThrows(IncompatibleCheckpointException.class,
        () -> NpzWeights.load(file, model));
    assertTrue(e.getMessage().contains("missing: [conv/kernel[2, 2, 2, 3]"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown arrays: [conv1/bias, conv1/kernel"), e.getMessage());
    assertEquals(values, model.parameters().values());
  }

  @Test
  void nanAndWrongShapesAreRefusedNamingTheArray() throws Exception {
    Model model = LaminaNormNets_BatchNormSpatial.create(1);
    Path nan = dir.resolve("nan.npz");
    Path shape = dir.resolve("shape.npz");
    StringBuilder script = new StringBuilder("import numpy as np, sys\nw = {}\n");
    for (Parameter p : model.parameters().all()) {
      script.append(String.format(Locale.ROOT, "w['%s'] = np.ones(%s, dtype=np.float32)%n", p.path(),
          pythonShape(p.shape())));
    }
    script.append("w['dense/bias'][2] = np.nan\nnp.savez(sys.argv[1], **w)\n");
    script.append("w['dense/bias'] = np.ones((5,), dtype=np.float32)\nnp.savez(sys.argv[2], **w)\n");
    python(script.toString(), nan.toString(), shape.toString());

    CheckpointFormatException e = assertThrows(CheckpointFormatException.class, () -> NpzWeights.load(nan, model));
    assertTrue(e.getMessage().contains("nan.npz!dense/bias.npy holds NaN at index [2]"), e.getMessage());
    IncompatibleCheckpointException s = assertThrows(IncompatibleCheckpointException.class,
        () -> NpzWeights.load(shape, model));
    assertTrue(s.getMessage().contains("shape.npz!dense/bias.npy has shape [5] but BatchNormSpatial's dense/bias is [4]"),
        s.getMessage());
  }

  private static String pythonShape(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      s.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return s.append(')').toString();
  }

  private static List<String> python(String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), out);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }
}
