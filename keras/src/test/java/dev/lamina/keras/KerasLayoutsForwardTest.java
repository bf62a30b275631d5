package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.keras.file.KerasFormat;
import dev.lamina.keras.golden.LaminaKerasConvKinds;
import dev.lamina.keras.golden.LaminaKerasDenseKinds;
import dev.lamina.keras.golden.LaminaKerasSmallKinds;
import dev.lamina.keras.nets.LaminaMismatchedNets_SmallKindsRenamed;
import dev.lamina.runtime.Model;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every layer kind, in every Keras format: files written by {@code keras_files.py} with known weights
 * load into the networks generated from them (the golden interfaces), and the double-precision
 * forward pass equals the output NumPy computed from the same weights, independently of Lamina's
 * kernels, within 1e-5.
 */
class KerasLayoutsForwardTest {
  private static final double TOLERANCE = 1e-5;

  /** Model, file suffix, format, the network to load into. */
  static Stream<Arguments> files() {
    Stream.Builder<Arguments> b = Stream.builder();
    Object[][] models = {
        {"conv_kinds", (Supplier<Model>) () -> LaminaKerasConvKinds.create(0, DataType.DOUBLE), 590L},
        {"dense_kinds", (Supplier<Model>) () -> LaminaKerasDenseKinds.create(0, DataType.DOUBLE), 506L},
        {"small_kinds", (Supplier<Model>) () -> LaminaKerasSmallKinds.create(0, DataType.DOUBLE), 17L}};
    Object[][] formats = {{".h5", KerasFormat.KERAS2_MODEL}, {"_weights.h5", KerasFormat.KERAS2_WEIGHTS},
        {".keras", KerasFormat.KERAS3_ARCHIVE}, {".weights.h5", KerasFormat.KERAS3_WEIGHTS}};
    for (Object[] m : models) {
      for (Object[] f : formats) {
        b.add(Arguments.of(m[0] + (String) f[0], m[0], f[1], m[1], m[2]));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void theLoadedNetworkComputesNumPysOutput(String file, String model, KerasFormat format, Supplier<Model> network,
      long params) throws Exception {
    Model net = network.get();
    KerasWeightsReport report = KerasWeights.load(net, KerasFixtures.file(file));
    assertEquals(format, report.format());
    assertEquals(params, report.values());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    assertForwardMatches(net, KerasFixtures.file(model + "_reference.h5"));
  }

  /** Layers pair by order: a network whose layers are named otherwise loads the same weights. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("smallKindsFiles")
  void layersPairByOrderNotName(String file) throws Exception {
    Model net = LaminaMismatchedNets_SmallKindsRenamed.create(0, DataType.DOUBLE);
    KerasWeights.load(net, KerasFixtures.file(file));
    assertForwardMatches(net, KerasFixtures.file("small_kinds_reference.h5"));
  }

  static Stream<String> smallKindsFiles() {
    return Stream.of("small_kinds.h5", "small_kinds_weights.h5", "small_kinds.keras", "small_kinds.weights.h5");
  }

  static void assertForwardMatches(Model net, Path reference) {
    INDArray x;
    INDArray expected;
    try (HdfFile hdf = new HdfFile(reference)) {
      x = read(hdf.getDatasetByPath("x"));
      expected = read(hdf.getDatasetByPath("y"));
    }
    INDArray actual = net.predict(x);
    assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()));
    double error = actual.sub(expected).amaxNumber().doubleValue();
    assertTrue(error <= TOLERANCE, "largest difference from NumPy " + error + "\nLamina " + actual + "\nNumPy " + expected);
  }

  private static INDArray read(Dataset dataset) {
    int[] dims = dataset.getDimensions();
    long[] shape = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      shape[i] = dims[i];
    }
    return Nd4j.create((double[]) dataset.getDataFlat(), shape, DataType.DOUBLE);
  }
}
