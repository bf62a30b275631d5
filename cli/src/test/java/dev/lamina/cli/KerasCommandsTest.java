package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.cli.data.Preprocessing;
import dev.lamina.cli.testing.UserProject;
import dev.lamina.runtime.data.mnist.FashionMnist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lamina keras-import} and {@code lamina keras-weights} on the real Keras 2 file
 * {@code fashion_cnn_keras2.h5} (a Fashion-MNIST CNN trained in Keras, pixels scaled to [0, 1]): the
 * interface written is the keras module's golden copy; compiled with plain javac and Lamina's processor,
 * it takes the file's weights into a checkpoint that {@code evaluate} scores at the accuracy Keras's
 * notebook reported, 0.9218, on the real Fashion-MNIST test set, and that {@code export} accepts. A model
 * with a setting Lamina lacks is refused with the layer named, and nothing is written.
 */
class KerasCommandsTest {
  /** The file: /work/shared in this workplace, ../shared beside a CI clone (as the keras module's tests find it). */
  private static final Path SHARED = Path.of("/work/shared/keras/fashion_cnn_keras2.h5");
  private static final Path BESIDE = Path.of("../../shared/keras/fashion_cnn_keras2.h5").toAbsolutePath().normalize();
  private static final Path GOLDEN = Path.of("../keras/src/test/java/dev/lamina/keras/golden/KerasFashionCnn.java");
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir
  Path tmp;

  private static Path kerasFile() {
    Path file = Files.exists(SHARED) ? SHARED : BESIDE;
    assumeTrue(Files.exists(file), "the Keras file is absent from " + SHARED + " and " + BESIDE);
    return file;
  }

  @Test
  void theImportedNetworkEvaluatesAsInKeras() throws Exception {
    Path h5 = kerasFile();
    Path sources = tmp.resolve("src/main/java");
    CliRun imported = CliRun.of("keras-import", h5.toString(), "--package", "dev.lamina.keras.golden", "--name",
        "KerasFashionCnn", "--output", sources.toString());
    assertEquals(0, imported.status(), imported.toString());
    Path source = sources.resolve("dev/lamina/keras/golden/KerasFashionCnn.java");
    assertEquals("wrote " + source + ": dev.lamina.keras.golden.KerasFashionCnn, 12 layers, 158,106 parameters",
        imported.out().strip());
    assertEquals(Files.readString(GOLDEN), Files.readString(source), "the keras module's golden interface");

    Path classes = tmp.resolve("classes");
    UserProject.compile(classes, List.of(source));
    Path checkpoint = tmp.resolve("run/keras.lamina");
    CliRun weights = CliRun.of("keras-weights", "--classpath", classes.toString(), "--network", "KerasFashionCnn",
        h5.toString(), "--output", checkpoint.toString());
    assertEquals(0, weights.status(), weights.toString());
    assertTrue(weights.out().contains("loaded 12 tensors (158,106 values) of 6 Keras layers from " + h5), weights.out());
    Preprocessing p = Preprocessing.besides(checkpoint).orElseThrow();
    assertEquals(0, p.mean());
    assertEquals(255, p.std(), "the notebook's x / 255");
    assertEquals("dev.lamina.keras.golden.KerasFashionCnn", p.network());
    assertEquals(FashionMnist.CLASS_NAMES, p.classNames(), "serve and predict label the classes");

    CliRun evaluated = CliRun.of("evaluate", "--classpath", classes.toString(), "--checkpoint", checkpoint.toString());
    assertEquals(0, evaluated.status(), evaluated.toString());
    System.out.println("keras-weights checkpoint of fashion_cnn_keras2.h5: " + evaluated.out().strip());
    assertTrue(evaluated.out().contains("on the test set (10,000 images)"), evaluated.out());
    // The notebook: accuracy 0.9218, loss 0.2308; float32 sums in another order may flip a handful of images.
    assertEquals(0.9218, figure(evaluated.out(), "accuracy"), 0.002, evaluated.out());
    assertEquals(0.2308, figure(evaluated.out(), "loss"), 0.002, evaluated.out());

    Path onnx = tmp.resolve("keras.onnx");
    CliRun exported = CliRun.of("export", "--classpath", classes.toString(), "-c", checkpoint.toString(), "-f", "onnx",
        "-o", onnx.toString());
    assertEquals(0, exported.status(), exported.toString());
    assertTrue(Files.size(onnx) > 158_106 * 4, "the weights are in the ONNX file");
  }

  @Test
  void anUnsupportedModelIsRefusedAndNothingIsWritten() throws Exception {
    Path h5 = kerasFile();
    assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " (with python3-h5py) writes the unsupported file");
    Path gelu = tmp.resolve("gelu.h5");
    // The real file with its first Dense layer's activation changed to gelu, which Lamina lacks.
    String script = String.join("\n",
        "import h5py, json, shutil, sys",
        "shutil.copy(sys.argv[1], sys.argv[2])",
        "with h5py.File(sys.argv[2], 'r+') as f:",
        "    c = json.loads(f.attrs['model_config'])",
        "    dense = [l for l in c['config']['layers'] if l['class_name'] == 'Dense'][0]",
        "    dense['config']['activation'] = 'gelu'",
        "    f.attrs['model_config'] = json.dumps(c)",
        "    print(dense['config']['name'])");
    Process python = new ProcessBuilder(PYTHON, "-c", script, h5.toString(), gelu.toString()).redirectErrorStream(true)
        .start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assumeTrue(python.waitFor(60, TimeUnit.SECONDS) && python.exitValue() == 0, "python3-h5py is needed: " + output);
    String layer = output;

    Path sources = tmp.resolve("src");
    CliRun refused = CliRun.of("keras-import", gelu.toString(), "--package", "com.example", "--name", "FashionCnn",
        "--output", sources.toString());
    assertEquals(1, refused.status(), refused.toString());
    assertTrue(refused.err().startsWith("lamina keras-import: "), refused.err());
    assertTrue(refused.err().contains(gelu.toString()), "names the file: " + refused.err());
    assertTrue(refused.err().contains("Keras layer " + layer + " (Dense): activation=\"gelu\" is not supported"),
        refused.err());
    assertFalse(Files.exists(sources), "nothing written");
  }

  private static double figure(String text, String name) {
    Matcher m = Pattern.compile("\\b" + name + ": (\\d+\\.\\d+)").matcher(text);
    assertTrue(m.find(), name + " in " + text);
    return Double.parseDouble(m.group(1));
  }
}
