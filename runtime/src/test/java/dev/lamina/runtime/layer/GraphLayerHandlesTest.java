package dev.lamina.runtime.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.kernel.Interpolation;
import dev.lamina.runtime.kernel.Margins2D;
import dev.lamina.runtime.kernel.MergeMode;
import dev.lamina.runtime.layer.config.ConcatenateConfig;
import dev.lamina.runtime.layer.config.Cropping2DConfig;
import dev.lamina.runtime.layer.config.FlattenConfig;
import dev.lamina.runtime.layer.config.MergeConfig;
import dev.lamina.runtime.layer.config.UpSampling2DConfig;
import dev.lamina.runtime.layer.config.ZeroPadding2DConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handles and configs of the graph layers: names, inputs, Keras types, shapes, checks. */
class GraphLayerHandlesTest {

  @Test
  void mergeHandlesCarryTheirInputsAndKerasType() {
    MergeLayer add = new MergeLayer("block1", List.of("stem", "b"), new int[] {28, 28, 32},
        new MergeConfig(MergeMode.ADD, ActivationFunction.RELU));
    assertEquals("block1", add.name());
    assertEquals("Add", add.type());
    assertEquals(List.of("stem", "b"), add.inputs());
    assertArrayEquals(new int[] {28, 28, 32}, add.outputShape());
    assertTrue(add.parameters().isEmpty());
    assertEquals(ActivationFunction.RELU, ((MergeConfig) add.config()).activation());
    for (MergeMode mode : MergeMode.values()) {
      assertEquals(mode.kerasType(), new MergeConfig(mode, ActivationFunction.LINEAR).kerasType());
    }
    MergeLayer cat = new MergeLayer("cat", List.of("enc", "up"), new int[] {14, 14, 96}, new ConcatenateConfig());
    assertEquals("Concatenate", cat.type());
    assertEquals(-1, ((ConcatenateConfig) cat.config()).axis());
  }

  @Test
  void reshapingHandlesCarryTheirConfig() {
    ReshapingLayer up = new ReshapingLayer("up", List.of("bottom"), new int[] {14, 14, 64},
        new UpSampling2DConfig(2, 2, Interpolation.BILINEAR));
    assertEquals("UpSampling2D", up.type());
    assertEquals("ZeroPadding2D", new ReshapingLayer("pad", List.of(), new int[] {30, 30, 1},
        new ZeroPadding2DConfig(Margins2D.of(1))).type());
    ReshapingLayer crop = new ReshapingLayer("crop", List.of("enc"), new int[] {6, 6, 64},
        new Cropping2DConfig(new Margins2D(0, 1, 0, 1)));
    assertEquals("Cropping2D", crop.type());
    assertEquals(new Margins2D(0, 1, 0, 1), ((Cropping2DConfig) crop.config()).cropping());
  }

  @Test
  void wrongConfigsAndTooFewInputsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new MergeLayer("m", List.of("a", "b"), new int[] {1}, new FlattenConfig()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MergeLayer("m", List.of("a"), new int[] {1}, new ConcatenateConfig()));
    assertEquals("m: a Concatenate layer reads at least 2 layers, got [a]", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ReshapingLayer("r", List.of(), new int[] {1}, new ConcatenateConfig()));
    assertThrows(IllegalArgumentException.class, () -> new UpSampling2DConfig(0, 1, Interpolation.NEAREST));
  }
}
