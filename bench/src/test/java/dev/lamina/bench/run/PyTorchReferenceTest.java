package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.samples.LaminaFashionUNet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The project's PyTorch reference ({@code bench/pytorch_training.py}) builds the networks Lamina
 * benchmarks: the same parameter count as Lamina's generated network (Keras's count: torch's
 * parameters plus BatchNorm's running statistics), and a training run that yields figures. Skipped
 * where {@code /usr/bin/python3} cannot import torch.
 */
class PyTorchReferenceTest {
  private static final Path SCRIPT = Path.of("..", "bench", "pytorch_training.py");
  private static PyTorchTraining pytorch;

  @BeforeAll
  static void torch() {
    pytorch = new PyTorchTraining("/usr/bin/python3", SCRIPT, 1);
  }

  @ParameterizedTest
  @EnumSource(BenchNetwork.class)
  void referenceHasLaminasParameterCount(BenchNetwork network) throws Exception {
    assumeTrue(pytorch.available(), "no torch");
    long lamina = network.create(1).summary().totalParams();
    assertEquals(network.params(), lamina);
    assertEquals(lamina, pytorch.kerasParameters(network.peerName()));
  }

  @Test
  void uNetReferenceHasLaminasParameterCount() throws Exception {
    assumeTrue(pytorch.available(), "no torch");
    assertEquals(LaminaFashionUNet.create(1).summary().totalParams(), pytorch.kerasParameters("unet"));
  }

  @Test
  void resNetReferenceTrainsAndPredicts() throws Exception {
    assumeTrue(pytorch.available(), "no torch");
    List<PyTorchTraining.Figure> figures = pytorch.run("resnet", "fp32", 8, 2, 1, 256,
        Path.of("/usr/share/datasets/fashion-mnist"));
    assertEquals(List.of("train", "predict"), figures.stream().map(PyTorchTraining.Figure::workload).toList());
    assertEquals(8, figures.get(0).batch());
  }

  /** The segmenters learn the garment masks (binary cross-entropy), in bf16 autocast too (training only). */
  @ParameterizedTest
  @EnumSource(value = BenchNetwork.class, names = {"UNET", "SEGMENTER"})
  void segmenterReferencesTrainAndPredict(BenchNetwork network) throws Exception {
    assumeTrue(pytorch.available(), "no torch");
    for (String precision : List.of("fp32", "bf16")) {
      boolean predict = precision.equals("fp32");
      List<PyTorchTraining.Figure> figures = pytorch.run(network.peerName(), precision, 8, 2, 1, predict ? 5000 : 0,
          Path.of("/usr/share/datasets/fashion-mnist"));
      assertEquals(predict ? List.of("train", "predict") : List.of("train"),
          figures.stream().map(PyTorchTraining.Figure::workload).toList());
      assertTrue(figures.stream().allMatch(f -> f.samplesPerSecond() > 0), figures.toString());
    }
  }
}
