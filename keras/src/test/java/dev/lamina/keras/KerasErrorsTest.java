package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.keras.golden.LaminaKerasConvKinds;
import dev.lamina.keras.golden.LaminaKerasFashionCnn;
import dev.lamina.keras.nets.LaminaMismatchedNets_ConvKindsFiveFilters;
import dev.lamina.keras.nets.LaminaMismatchedNets_ConvKindsOtherActivation;
import dev.lamina.keras.nets.LaminaMismatchedNets_SmallKindsWiderLogits;
import dev.lamina.keras.nets.LaminaMismatchedNets_SmallKindsWithoutElu;
import dev.lamina.runtime.Model;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What Lamina refuses, and that each refusal names the file and the layer: files that are not Keras
 * files or are truncated, a missing weight, shapes and settings that differ, layer classes and settings
 * Lamina lacks, more than one input, a merge; and that a refused load assigns nothing, a refused
 * import writes nothing.
 */
class KerasErrorsTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotHdf5IsNamed() throws Exception {
    Path text = Files.writeString(dir.resolve("model.h5"), "this is not HDF5\n");
    KerasFormatException e = assertThrows(KerasFormatException.class,
        () -> KerasWeights.load(LaminaKerasFashionCnn.create(0), text));
    assertContains(e, text.toString(), "is not a Keras file", "74 68 69 73", "89 48 44 46");
    Path empty = Files.write(dir.resolve("empty.keras"), new byte[0]);
    assertContains(assertThrows(KerasFormatException.class, () -> KerasImport.generate(empty, "p", "N")),
        empty.toString(), "it is empty");
  }

  @Test
  void aTruncatedFileNamesTheLayerWhoseWeightsAreCutOff() throws Exception {
    Path file = KerasFixtures.file("errors/truncated.h5");
    KerasFormatException e = assertThrows(KerasFormatException.class,
        () -> KerasWeights.load(LaminaKerasConvKinds.create(0), file));
    assertContains(e, file.toString(), "layer dense_1: its group /model_weights/dense_1 cannot be read",
        "the file is truncated: its HDF5 superblock records " + Files.size(KerasFixtures.file("conv_kinds.h5"))
            + " bytes, it has " + Files.size(file));
  }

  /**
   * Cut inside its dense kernel, the real file loses the group that lists its layers (HDF5 writes a
   * group's index as it grows): the message names every layer whose weights cannot be read.
   */
  @Test
  void aTruncatedRealFileNamesTheLayersItCannotRead() throws Exception {
    Path truncated = dir.resolve("fashion_truncated.h5");
    try (InputStream in = Files.newInputStream(FashionKerasFileTest.file())) {
      Files.write(truncated, in.readNBytes(400_000));
    }
    Model model = LaminaKerasFashionCnn.create(0);
    KerasFormatException e = assertThrows(KerasFormatException.class, () -> KerasWeights.load(model, truncated));
    assertContains(e, truncated.toString(), "the weights of layers conv2d, conv2d_1, max_pooling2d", "dense, dropout_2,"
        + " dense_1 cannot be read", "the file is truncated: its HDF5 superblock records 1960376 bytes, it has 400000");

    Path stub = dir.resolve("stub.h5");
    try (InputStream in = Files.newInputStream(FashionKerasFileTest.file())) {
      Files.write(stub, in.readNBytes(2_000));
    }
    assertContains(assertThrows(KerasFormatException.class, () -> KerasWeights.load(model, stub)), stub.toString(),
        "truncated");
  }

  @Test
  void aTruncatedKerasArchiveIsNamed() throws Exception {
    Path archive = KerasFixtures.file("conv_kinds.keras");
    Path truncated = dir.resolve("conv_kinds.keras");
    Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(archive), (int) Files.size(archive) / 2));
    assertContains(assertThrows(KerasFormatException.class,
        () -> KerasWeights.load(LaminaKerasConvKinds.create(0), truncated)), truncated.toString(), ".keras archive");
  }

  @Test
  void aMissingWeightNamesTheLayerAndTheWeight() throws Exception {
    Path file = KerasFixtures.file("errors/missing_weight.h5");
    KerasFormatException e = assertThrows(KerasFormatException.class,
        () -> KerasWeights.load(LaminaKerasConvKinds.create(0), file));
    assertContains(e, file.toString(), "layer dense is missing its weight dense/bias:0");
  }

  @Test
  void shapeMismatchesNameBothLayersAndBothShapesAndNothingIsAssigned() throws Exception {
    Model model = LaminaMismatchedNets_ConvKindsFiveFilters.create(0);
    INDArray before = model.parameters().values().dup();
    Path file = KerasFixtures.file("conv_kinds.h5");
    IncompatibleKerasWeightsException e = assertThrows(IncompatibleKerasWeightsException.class,
        () -> KerasWeights.load(model, file));
    assertContains(e, file.toString(), "network ConvKindsFiveFilters (nothing was assigned)",
        "Keras layer conv2d (Conv2D) and Lamina layer conv (Conv2D) differ: filters 4 in Keras, 5 in Lamina",
        "Keras layer conv2d (Conv2D) weight kernel has shape (3, 3, 3, 4); Lamina layer conv (Conv2D) kernel has"
            + " shape (3, 3, 3, 5)",
        "Keras layer batch_normalization (BatchNormalization) weight gamma has shape (4,); Lamina layer norm"
            + " (BatchNormalization) gamma has shape (5,)");
    assertEquals(before, model.parameters().values());
  }

  @Test
  void weightsOnlyFilesCheckShapesToo() throws Exception {
    for (String name : new String[] {"small_kinds_weights.h5", "small_kinds.weights.h5"}) {
      Path file = KerasFixtures.file(name);
      Model model = LaminaMismatchedNets_SmallKindsWiderLogits.create(0);
      IncompatibleKerasWeightsException e = assertThrows(IncompatibleKerasWeightsException.class,
          () -> KerasWeights.load(model, file));
      assertContains(e, file.toString(), "has shape (2, 3); Lamina layer classes (Dense) kernel has shape (2, 4)",
          "has shape (3,); Lamina layer classes (Dense) bias has shape (4,)");
    }
  }

  @Test
  void settingsThatChangeTheOutputAreRefusedAndTrainingOnlyOnesListed() throws Exception {
    Path file = KerasFixtures.file("conv_kinds.keras");
    IncompatibleKerasWeightsException e = assertThrows(IncompatibleKerasWeightsException.class,
        () -> KerasWeights.load(LaminaMismatchedNets_ConvKindsOtherActivation.create(0), file));
    assertContains(e, file.toString(), "Keras layer conv2d (Conv2D) and Lamina layer conv (Conv2D) differ: activation"
        + " \"relu\" in Keras, \"selu\" in Lamina");
    assertTrue(!e.getMessage().contains("rate"), "a training-only difference is not a refusal: " + e.getMessage());
  }

  @Test
  void anotherNumberOfLayersListsBoth() throws Exception {
    Path file = KerasFixtures.file("small_kinds.h5");
    IncompatibleKerasWeightsException e = assertThrows(IncompatibleKerasWeightsException.class,
        () -> KerasWeights.load(LaminaMismatchedNets_SmallKindsWithoutElu.create(0), file));
    assertContains(e, file.toString(), "the Keras model has 5 layers besides its input, network SmallKindsWithoutElu"
        + " has 4", "elu (ELU)", "classes (Dense)");
  }

  @Test
  void anUnknownLayerClassIsNamedAndNothingIsWritten() throws Exception {
    Path file = KerasFixtures.file("errors/unknown_class.h5");
    UnsupportedKerasModelException e = assertThrows(UnsupportedKerasModelException.class,
        () -> KerasImport.writeInterface(file, "com.example", "Net", dir));
    assertContains(e, file.toString(), "Keras layer dense (Reshape): the class Reshape is not supported",
        "Lamina has no layer for it", "Conv2D");
    assertNothingWritten();
  }

  @Test
  void unsupportedSettingsNameTheLayerTheClassAndTheSetting() throws Exception {
    String[][] cases = {
        {"unsupported_data_format.h5", "Keras layer conv2d (Conv2D): data_format=\"channels_first\" is not supported",
            "NHWC"},
        {"unsupported_groups.h5", "Keras layer conv2d (Conv2D): groups=2 is not supported", "grouped convolution"},
        {"unsupported_activation.h5", "Keras layer dense (Dense): activation=\"gelu\" is not supported",
            "\"swish\""}};
    for (String[] c : cases) {
      Path file = KerasFixtures.file("errors/" + c[0]);
      assertContains(assertThrows(UnsupportedKerasModelException.class,
          () -> KerasImport.writeInterface(file, "com.example", "Net", dir)), file.toString(), c[1], c[2]);
      assertContains(assertThrows(UnsupportedKerasModelException.class,
          () -> KerasWeights.load(LaminaKerasConvKinds.create(0), file)), c[1]);
    }
    assertNothingWritten();
  }

  @Test
  void aModelWithTwoInputsIsRefused() throws Exception {
    Path file = KerasFixtures.file("errors/two_inputs.h5");
    assertContains(assertThrows(UnsupportedKerasModelException.class,
        () -> KerasImport.writeInterface(file, "com.example", "Net", dir)), file.toString(),
        "the Keras model two_inputs has 2 inputs [input_1, input_2]; Lamina networks take one input");
    assertNothingWritten();
  }

  @Test
  void aMergeLayerIsRefusedWithItsReason() throws Exception {
    Path file = KerasFixtures.file("errors/residual.keras");
    assertContains(assertThrows(UnsupportedKerasModelException.class,
        () -> KerasImport.writeInterface(file, "com.example", "Net", dir)), file.toString(),
        "Keras layer add (Add): the class Add is not supported",
        "the Keras import maps only chains of layers so far");
    assertNothingWritten();
  }

  @Test
  void aWeightsFileHasNoInterfaceToGenerate() throws Exception {
    Path file = KerasFixtures.file("conv_kinds.weights.h5");
    assertContains(assertThrows(KerasFormatException.class,
        () -> KerasImport.writeInterface(file, "com.example", "Net", dir)), file.toString(),
        "Keras 3 weights file: it holds weights but no architecture");
    assertNothingWritten();
  }

  @Test
  void aKeras3WeightsGroupNoLayerTakesIsNamed() throws Exception {
    Path file = KerasFixtures.file("conv_kinds.weights.h5");
    assertContains(assertThrows(IncompatibleKerasWeightsException.class,
        () -> KerasWeights.load(LaminaMismatchedNets_SmallKindsWiderLogits.create(0), file)), file.toString(),
        "Keras layer group layers/conv2d holds 2 weight(s) that no layer of network SmallKindsWiderLogits takes");
  }

  private void assertNothingWritten() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(0, files.filter(Files::isRegularFile).count(), "files left in " + dir);
    }
  }

  static void assertContains(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in:\n" + e.getMessage());
    }
  }
}
