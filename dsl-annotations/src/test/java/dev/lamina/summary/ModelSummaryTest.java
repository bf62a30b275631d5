package dev.lamina.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary table in Keras's {@code model.summary()} layout: columns at 29, 26 and 10 characters
 * (Keras 2's {@code line_length=65}, {@code positions=[.45, .85, 1]}), widened instead of wrapped
 * for long names, a blank line after every row, and Keras 3's totals with thousands separators and
 * 1024-based sizes; one extra column of multiply-accumulates.
 */
class ModelSummaryTest {

  private static ModelSummary tutorialHead() {
    return new ModelSummary("FashionCnn", new int[] {28, 28, 1}, List.of(
        new LayerSummary("conv1", "Conv2D", new int[] {28, 28, 32}, 320, 0, 225_792),
        new LayerSummary("pool1", "MaxPooling2D", new int[] {14, 14, 32}, 0, 0, 0),
        new LayerSummary("norm", "BatchNormalization", new int[] {14, 14, 32}, 64, 64, 6_272),
        new LayerSummary("flatten", "Flatten", new int[] {6272}, 0, 0, 0),
        new LayerSummary("output", "Dense", new int[] {10}, 62_730, 0, 62_720)));
  }

  @Test
  void layoutFollowsKeras() {
    assertEquals("""
        Model: "FashionCnn"
        ______________________________________________________________________________
         Layer (type)                Output Shape              Param #   MACs
        ==============================================================================
         conv1 (Conv2D)              (None, 28, 28, 32)        320       225,792

         pool1 (MaxPooling2D)        (None, 14, 14, 32)        0         0

         norm (BatchNormalization)   (None, 14, 14, 32)        128       6,272

         flatten (Flatten)           (None, 6272)              0         0

         output (Dense)              (None, 10)                62730     62,720

        ==============================================================================
        Total params: 63,178 (246.79 KB)
        Trainable params: 63,114 (246.54 KB)
        Non-trainable params: 64 (256.00 B)
        MACs per example: 294,784
        ______________________________________________________________________________
        """, tutorialHead().format());
  }

  @Test
  void longNamesWidenTheirColumnKeepingTwoSpaces() {
    ModelSummary summary = new ModelSummary("Long", new int[] {8, 8, 1}, List.of(
        new LayerSummary("aVeryLongLayerNameIndeed", "GlobalAveragePooling2D", new int[] {1}, 0, 0, 0)));
    String row = summary.format().lines().filter(l -> l.contains("aVery")).findFirst().orElseThrow();
    assertEquals(" aVeryLongLayerNameIndeed (GlobalAveragePooling2D)  (None, 1)                 0         0", row);
  }

  @Test
  void toStringIsTheTable() {
    ModelSummary summary = tutorialHead();
    assertEquals(summary.format(), summary.toString());
    assertTrue(summary.toString().startsWith("Model: \""), summary.toString());
  }

  @Test
  void totalsAddTrainableAndNonTrainable() {
    ModelSummary summary = tutorialHead();
    assertEquals(63_114, summary.trainableParams());
    assertEquals(64, summary.nonTrainableParams());
    assertEquals(63_178, summary.totalParams());
    assertEquals(294_784, summary.macs());
  }

  @Test
  void readableBytesUsesKerasUnits() {
    assertEquals("0.00 B", ModelSummary.readableBytes(0));
    assertEquals("1023.00 B", ModelSummary.readableBytes(1023));
    assertEquals("1.00 KB", ModelSummary.readableBytes(1024));
    assertEquals("1.66 MB", ModelSummary.readableBytes(435_306L * 4));
    assertEquals("719.66 KB", ModelSummary.readableBytes(184_234L * 4));
    assertEquals("2.00 GB", ModelSummary.readableBytes(2L << 30));
  }

  @Test
  void negativeCountsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LayerSummary("conv", "Conv2D", new int[] {1}, -1, 0, 0));
    assertEquals("counts must be non-negative, got trainable=-1 nonTrainable=0 macs=0 for layer conv", e.getMessage());
  }

  @Test
  void aFunctionalModelGetsKerasConnectedToColumn() {
    ModelSummary summary = new ModelSummary("Res", new int[] {8, 8, 4}, List.of(
        new LayerSummary("stem", "Conv2D", new int[] {8, 8, 4}, 148, 0, 9_216, List.of("input")),
        new LayerSummary("b", "Conv2D", new int[] {8, 8, 4}, 148, 0, 9_216, List.of("stem")),
        new LayerSummary("block", "Add", new int[] {8, 8, 4}, 0, 0, 0, List.of("stem", "b"))));
    String text = summary.format();
    assertTrue(text.contains(" Layer (type)                Output Shape              Param #   MACs         "
        + "Connected to\n"), text);
    assertTrue(text.contains(" block (Add)                 (None, 8, 8, 4)           0         0            "
        + "stem[0][0], b[0][0]\n"), text);
    assertEquals(new LayerSummary("b", "Conv2D", new int[] {8, 8, 4}, 148, 0, 9_216),
        new LayerSummary("b", "Conv2D", new int[] {8, 8, 4}, 148, 0, 9_216, List.of()));
    assertNotEquals(summary.layers().get(1), new LayerSummary("b", "Conv2D", new int[] {8, 8, 4}, 148, 0, 9_216));
  }

  @Test
  void totalsThatOverflowALongAreTooLargeNeverNegative() {
    long big = 4_611_386_257_063_040_000L; // 46340^4: one 46340x46340 SAME convolution with a 46340x46340 kernel
    ModelSummary summary = new ModelSummary("Huge", new int[] {46340, 46340, 1}, List.of(
        new LayerSummary("a", "Conv2D", new int[] {46340, 46340, 1}, 2_147_395_601L, 0, big),
        new LayerSummary("b", "Conv2D", new int[] {46340, 46340, 1}, 2_147_395_601L, 0, big),
        new LayerSummary("c", "Conv2D", new int[] {46340, 46340, 1}, 2_147_395_601L, 0, big)));
    assertEquals(ModelSummary.TOO_LARGE, summary.macs());
    assertEquals(6_442_186_803L, summary.totalParams());
    String table = summary.format();
    assertTrue(table.contains("MACs per example: TOO_LARGE (over 9,223,372,036,854,775,806)\n"), table);
    assertTrue(table.contains(" a (Conv2D)                  (None, 46340, 46340, 1)   2147395601  4,611,386,257,063,040,000\n"),
        table);
    assertFalse(table.matches("(?s).*-\\d.*"), table);
  }

  @Test
  void parameterTotalsSaturateToo() {
    ModelSummary summary = new ModelSummary("Many", new int[] {1, 1, 1}, List.of(
        new LayerSummary("a", "Dense", new int[] {1}, Long.MAX_VALUE - 1, 0, 0),
        new LayerSummary("b", "Dense", new int[] {1}, 5, 3, 0)));
    assertEquals(ModelSummary.TOO_LARGE, summary.trainableParams());
    assertEquals(ModelSummary.TOO_LARGE, summary.totalParams());
    assertEquals(3, summary.nonTrainableParams());
    assertTrue(summary.format().contains("Total params: TOO_LARGE (over 9,223,372,036,854,775,806)\n"));
  }
}
