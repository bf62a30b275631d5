package dev.lamina.keras;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.keras.golden.LaminaKerasConvKinds;
import dev.lamina.keras.golden.LaminaKerasDenseKinds;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Conv2DTransposeLayer;
import dev.lamina.runtime.param.Parameter;
import io.jhdf.HdfFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's weight layouts are Lamina's: every tensor of every kind (Conv2D HWIO, Conv2DTranspose
 * {@code [kH, kW, filters, in]}, DepthwiseConv2D, SeparableConv2D's depthwise and pointwise kernels,
 * Dense, BatchNormalization's four vectors) is copied element by element in C order, without a
 * transpose; and the forward test would notice one.
 */
class KerasLayoutTest {
  @Test
  void everyTensorIsCopiedAsKerasStoresIt() throws Exception {
    Path file = KerasFixtures.file("conv_kinds.h5");
    Model model = LaminaKerasConvKinds.create(0, DataType.DOUBLE);
    KerasWeights.load(model, file);
    int compared = 0;
    try (HdfFile hdf = new HdfFile(file)) {
      for (Parameter p : model.parameters().all()) {
        String keras = kerasName(model, p.layer());
        var dataset = hdf.getDatasetByPath("model_weights/" + keras + "/" + keras + "/" + p.name() + ":0");
        assertArrayEquals(dataset.getDimensionsAsLong(), p.shape(), p.path());
        float[] stored = (float[]) dataset.getDataFlat();
        double[] loaded = p.value().dup().data().asDouble();
        assertEquals(stored.length, loaded.length);
        for (int i = 0; i < stored.length; i++) {
          assertEquals(stored[i], loaded[i], 0.0, p.path() + " at " + i);
        }
        compared++;
      }
    }
    // conv2d kernel+bias, BN 4, depthwise 2, separable 3, transpose 2, conv2d_1 kernel, dense 2+2.
    assertEquals(18, compared);
  }

  /**
   * The transposed convolution {@code up} of dense_kinds maps 3 channels to 3: its kernel
   * {@code [2, 2, 3, 3]} has the same shape with its channel axes swapped, so only the values show a wrong
   * layout. Swapping them breaks the match with NumPy.
   */
  @Test
  void aSwappedConv2DTransposeKernelWouldNotMatch() throws Exception {
    Model model = LaminaKerasDenseKinds.create(0, DataType.DOUBLE);
    KerasWeights.load(model, KerasFixtures.file("dense_kinds.h5"));
    INDArray kernel = ((Conv2DTransposeLayer) model.layers().get(3)).kernel();
    kernel.assign(kernel.permute(0, 1, 3, 2).dup());
    assertThrows(AssertionError.class, () -> KerasLayoutsForwardTest.assertForwardMatches(model,
        KerasFixtures.file("dense_kinds_reference.h5")));
  }

  /** The Keras layer name the generated method came from: conv2d1 -> conv2d_1. */
  private static String kerasName(Model model, String layer) {
    return switch (layer) {
      case "conv2d" -> "conv2d";
      case "batchNormalization" -> "batch_normalization";
      case "depthwiseConv2d" -> "depthwise_conv2d";
      case "separableConv2d" -> "separable_conv2d";
      case "conv2dTranspose" -> "conv2d_transpose";
      case "conv2d1" -> "conv2d_1";
      case "dense" -> "dense";
      case "dense1" -> "dense_1";
      default -> throw new AssertionError(model.name() + " has no layer " + layer + " with weights in conv_kinds");
    };
  }
}
