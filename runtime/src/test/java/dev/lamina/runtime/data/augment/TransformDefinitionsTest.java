package dev.lamina.runtime.data.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each transform against its Keras definition on small images whose answers are worked out by hand:
 * the matrices on known amounts, the fill modes on a row {@code a b c d}, and brightness and contrast
 * on known values. Amounts are fixed by giving a factor range of one point.
 */
class TransformDefinitionsTest {
  /** A 3x3 grayscale image 1..9, row by row. */
  private static final float[] NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final int[] THREE_BY_THREE = {3, 3, 1};

  private static float[] apply(Augmentation augmentation, float[] image, int[] shape) {
    return augmentation.apply(image, shape, 7);
  }

  @Test
  void aHorizontalFlipMirrorsColumnsAndAVerticalOneRows() {
    assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4, 9, 8, 7}, sample(NINE, 3, 3, 1,
        RandomFlip.matrix(true, false, 3, 3), FillMode.REFLECT, Interpolation.BILINEAR));
    assertArrayEquals(new float[] {7, 8, 9, 4, 5, 6, 1, 2, 3}, sample(NINE, 3, 3, 1,
        RandomFlip.matrix(false, true, 3, 3), FillMode.REFLECT, Interpolation.BILINEAR));
  }

  @Test
  void aRandomFlipFlipsHalfTheImagesAndNothingElse() {
    Augmentation flip = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL).build();
    int flipped = 0;
    for (long seed = 0; seed < 400; seed++) {
      float[] out = flip.apply(NINE, THREE_BY_THREE, seed);
      boolean mirror = out[0] == 3;
      assertArrayEquals(mirror ? new float[] {3, 2, 1, 6, 5, 4, 9, 8, 7} : NINE, out);
      flipped += mirror ? 1 : 0;
    }
    assertTrue(flipped > 160 && flipped < 240, flipped + " of 400 flipped, expected about half");
    Augmentation both = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL_AND_VERTICAL).build();
    boolean sawRotationBy180 = false;
    for (long seed = 0; seed < 100; seed++) {
      sawRotationBy180 |= both.apply(NINE, THREE_BY_THREE, seed)[0] == 9;
    }
    assertTrue(sawRotationBy180, "both flips at once happen");
  }

  @Test
  void aQuarterTurnRotatesCounterClockwiseAboutTheCentre() {
    // factor 0.25 of 2 pi = 90 degrees counter-clockwise: the top row 1 2 3 becomes the left column, read upwards.
    Augmentation quarter = Augmentation.builder().randomRotation(Factor.of(0.25, 0.25)).build();
    assertArrayEquals(new float[] {3, 6, 9, 2, 5, 8, 1, 4, 7}, apply(quarter, NINE, THREE_BY_THREE), 1e-5f);
    Augmentation clockwise = Augmentation.builder().randomRotation(Factor.of(-0.25, -0.25)).build();
    assertArrayEquals(new float[] {7, 4, 1, 8, 5, 2, 9, 6, 3}, apply(clockwise, NINE, THREE_BY_THREE), 1e-5f);
  }

  @Test
  void anEighthTurnReadsBetweenPixelsAsKerasMatrixSays() {
    double angle = Math.PI / 4;
    float[] out = sample(NINE, 3, 3, 1, RandomRotation.matrix(angle, 3, 3), FillMode.CONSTANT, Interpolation.BILINEAR);
    // Output (x=2, y=1), right of the centre, reads input (1 + cos a, 1 + sin a) = (1.7071, 1.7071).
    double s = Math.sqrt(0.5);
    double expected = (1 - s) * (1 - s) * 5 + s * (1 - s) * 6 + (1 - s) * s * 8 + s * s * 9;
    assertEquals(expected, out[1 * 3 + 2], 1e-5);
    assertEquals(5, out[4], 1e-6, "the centre stays");
  }

  @Test
  void zoomingInByHalfReadsTheCentralHalfAndOutByHalfReadsFartherOut() {
    // height_factor -0.5: zoom 0.5, output x reads input 2 + (x - 2) * 0.5 on a 5-pixel row.
    float[] row = {0, 10, 20, 30, 40};
    int[] shape = {1, 5, 1};
    Augmentation in = Augmentation.builder().randomZoom(Factor.of(-0.5, -0.5), Factor.of(-0.5, -0.5)).build();
    assertArrayEquals(new float[] {10, 15, 20, 25, 30}, apply(in, row, shape), 1e-5f);
    // +0.5: zoom 1.5, output x reads 2 + (x - 2) * 1.5: -1, 0.5, 2, 3.5, 5, reflected into the row.
    Augmentation out = Augmentation.builder().randomZoom(Factor.of(0.5, 0.5), Factor.of(0.5, 0.5))
        .fillMode(FillMode.CONSTANT).fillValue(-1).build();
    assertArrayEquals(new float[] {-1, 5, 20, 35, -1}, apply(out, row, shape), 1e-5f);
  }

  @Test
  void aZoomWithoutWidthFactorKeepsTheAspectRatio() {
    float[] image = new float[25];
    for (int i = 0; i < 25; i++) {
      image[i] = i;
    }
    Augmentation zoom = Augmentation.builder().randomZoom(Factor.of(-0.5, -0.5), null).build();
    float[] out = zoom.apply(image, new int[] {5, 5, 1}, 1);
    // (0, 0) reads (1, 1) = 6; (4, 0) reads (3, 1) = 8; (0, 4) reads (1, 3) = 16.
    assertEquals(6, out[0], 1e-5);
    assertEquals(8, out[4], 1e-5);
    assertEquals(16, out[20], 1e-5);
  }

  @Test
  void aTranslationMovesDownAndRightForPositiveFactors() {
    // 0.25 of 4 rows = 1 row down; -0.5 of 4 columns = 2 columns left.
    float[] image = new float[16];
    for (int i = 0; i < 16; i++) {
      image[i] = i + 1;
    }
    Augmentation shift = Augmentation.builder().randomTranslation(Factor.of(0.25, 0.25), Factor.of(-0.5, -0.5))
        .fillMode(FillMode.CONSTANT).build();
    assertArrayEquals(new float[] {0, 0, 0, 0, 3, 4, 0, 0, 7, 8, 0, 0, 11, 12, 0, 0},
        apply(shift, image, new int[] {4, 4, 1}), 1e-6f);
  }

  @Test
  void fillModesExtendTheRowAsKerasDocumentsThem() {
    // Shift a b c d = 1 2 3 4 right by 2: output x reads x - 2, i.e. positions -2 -1 0 1.
    float[] row = {1, 2, 3, 4};
    int[] shape = {1, 4, 1};
    assertArrayEquals(new float[] {2, 1, 1, 2}, shifted(row, shape, 2, FillMode.REFLECT), "(d c b a | a b c d)");
    assertArrayEquals(new float[] {3, 4, 1, 2}, shifted(row, shape, 2, FillMode.WRAP), "(a b c d | a b c d)");
    assertArrayEquals(new float[] {1, 1, 1, 2}, shifted(row, shape, 2, FillMode.NEAREST), "(a a a a | a b c d)");
    assertArrayEquals(new float[] {9, 9, 1, 2}, shifted(row, shape, 2, FillMode.CONSTANT), "(k k k k | a b c d)");
    // Left by 3: positions 3 4 5 6.
    assertArrayEquals(new float[] {4, 4, 3, 2}, shifted(row, shape, -3, FillMode.REFLECT), "(a b c d | d c b a)");
    assertArrayEquals(new float[] {4, 1, 2, 3}, shifted(row, shape, -3, FillMode.WRAP), "(a b c d | a b c d)");
    assertArrayEquals(new float[] {4, 4, 4, 4}, shifted(row, shape, -3, FillMode.NEAREST));
    assertArrayEquals(new float[] {4, 9, 9, 9}, shifted(row, shape, -3, FillMode.CONSTANT));
  }

  private static float[] shifted(float[] row, int[] shape, int columns, FillMode fill) {
    double f = columns / (double) shape[1];
    return Augmentation.builder().randomTranslation(Factor.of(0, 0), Factor.of(f, f)).fillMode(fill).fillValue(9)
        .build().apply(row, shape, 3);
  }

  @Test
  void nearestInterpolationReadsWholePixels() {
    // 0.6 of a pixel right: x reads x - 0.6, rounded: -0.6 -> -1 (fill), 0.4 -> 0, 1.4 -> 1, 2.4 -> 2.
    float[] row = {10, 20, 30, 40};
    Augmentation shift = Augmentation.builder().randomTranslation(Factor.of(0, 0), Factor.of(0.15, 0.15))
        .fillMode(FillMode.CONSTANT).interpolation(Interpolation.NEAREST).build();
    assertArrayEquals(new float[] {0, 10, 20, 30}, shift.apply(row, new int[] {1, 4, 1}, 0));
    // Half a pixel: rounded half to even, as NumPy: -0.5 -> 0, 0.5 -> 0, 1.5 -> 2, 2.5 -> 2.
    Augmentation half = Augmentation.builder().randomTranslation(Factor.of(0, 0), Factor.of(0.125, 0.125))
        .fillMode(FillMode.CONSTANT).interpolation(Interpolation.NEAREST).build();
    assertArrayEquals(new float[] {10, 10, 30, 30}, half.apply(row, new int[] {1, 4, 1}, 0));
    Augmentation bilinear = Augmentation.builder().randomTranslation(Factor.of(0, 0), Factor.of(0.125, 0.125))
        .fillMode(FillMode.CONSTANT).build();
    assertArrayEquals(new float[] {5, 15, 25, 35}, bilinear.apply(row, new int[] {1, 4, 1}, 0), 1e-5f);
  }

  @Test
  void betweenPixelsTheFillModeAppliesToEachNeighbour() {
    // Half a pixel left of the row: position -0.5 blends positions -1 and 0.
    float[] row = {1, 2, 3, 4};
    int[] shape = {1, 4, 1};
    assertEquals(1, shiftedBy(row, shape, 0.5, FillMode.REFLECT)[0], 1e-6, "-1 reflects to a");
    assertEquals(2.5, shiftedBy(row, shape, 0.5, FillMode.WRAP)[0], 1e-6, "-1 wraps to d: (4 + 1) / 2");
    assertEquals(1, shiftedBy(row, shape, 0.5, FillMode.NEAREST)[0], 1e-6, "-1 is a");
    assertEquals(5, shiftedBy(row, shape, 0.5, FillMode.CONSTANT)[0], 1e-6, "-1 is the fill, 9: (9 + 1) / 2");
  }

  private static float[] shiftedBy(float[] row, int[] shape, double columns, FillMode fill) {
    double f = columns / shape[1];
    return Augmentation.builder().randomTranslation(Factor.of(0, 0), Factor.of(f, f)).fillMode(fill).fillValue(9)
        .build().apply(row, shape, 3);
  }

  @Test
  void channelsMoveTogether() {
    float[] rgb = {1, 2, 3, 4, 5, 6};
    float[] out = sample(rgb, 1, 2, 3, RandomFlip.matrix(true, false, 1, 2), FillMode.REFLECT, Interpolation.BILINEAR);
    assertArrayEquals(new float[] {4, 5, 6, 1, 2, 3}, out);
  }

  @Test
  void brightnessAddsAFractionOfTheValueRangeAndClips() {
    float[] values = {0, 100, 200, 250};
    Augmentation brighter = Augmentation.builder().randomBrightness(Factor.of(0.1, 0.1)).build();
    assertArrayEquals(new float[] {25.5f, 125.5f, 225.5f, 255}, brighter.apply(values, new int[] {2, 2, 1}, 0), 1e-4f);
    Augmentation black = Augmentation.builder().randomBrightness(Factor.of(-1, -1)).valueRange(-1, 1).build();
    assertArrayEquals(new float[] {-1, -1}, black.apply(new float[] {0.5f, 1}, new int[] {1, 2, 1}, 0));
  }

  @Test
  void contrastScalesEachChannelAboutItsMeanAndClips() {
    // Two channels: means 2 and 20. Factor (0.5, 0.5) draws from [0.5, 1.5].
    float[] image = {1, 10, 3, 30};
    float[] out = new float[4];
    System.arraycopy(image, 0, out, 0, 4);
    RandomContrast.adjust(out, 0, 2, 2, 1.5, 0, 255);
    assertArrayEquals(new float[] {0.5f, 5, 3.5f, 35}, out, 1e-5f);
    System.arraycopy(image, 0, out, 0, 4);
    RandomContrast.adjust(out, 0, 2, 2, 3, 0, 255);
    assertArrayEquals(new float[] {0, 0, 5, 50}, out, 1e-5f, "clipped at 0");
    Augmentation contrast = Augmentation.builder().randomContrast(0.5).build();
    for (long seed = 0; seed < 50; seed++) {
      float[] version = contrast.apply(image, new int[] {1, 2, 2}, seed);
      double factor = (version[2] - version[0]) / 2.0;
      assertTrue(factor >= 0.5 - 1e-6 && factor <= 1.5 + 1e-6, "contrast factor " + factor);
      assertEquals(2, (version[0] + version[2]) / 2, 1e-5, "the mean stays");
    }
  }

  @Test
  void drawsCoverTheFactorRange() {
    Factor f = Factor.symmetric(0.2);
    Random random = new Random(1);
    double min = 1;
    double max = -1;
    for (int i = 0; i < 2000; i++) {
      double d = f.draw(random);
      assertTrue(d >= -0.2 && d < 0.2, Double.toString(d));
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    assertTrue(min < -0.19 && max > 0.19, min + " .. " + max);
  }

  @Test
  void kerasRangesAreEnforced() {
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomZoom(1.0));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomTranslation(1.5, 0));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomBrightness(1.2));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomContrast(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomContrast(1.1));
    assertThrows(IllegalArgumentException.class, () -> Factor.of(0.3, 0.2));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().valueRange(1, 1));
    assertThrows(IllegalArgumentException.class, () -> Augmentation.builder().randomRotation(Double.NaN));
  }

  @Test
  void describesItselfWithKerasNames() {
    Augmentation a = Augmentation.builder().randomFlip(FlipMode.HORIZONTAL).randomRotation(0.05).randomZoom(0.1)
        .randomTranslation(0.1, 0.2).randomBrightness(0.2).randomContrast(0.3).valueRange(0, 1).build();
    assertEquals("RandomFlip(horizontal), RandomRotation(0.05), RandomZoom(0.1), RandomTranslation(0.1, 0.2),"
        + " RandomBrightness(0.2), RandomContrast(0.3) (fill_mode reflect, interpolation bilinear, value_range [0.0,"
        + " 1.0])", a.toString());
    assertTrue(Augmentation.builder().build().isEmpty());
  }

  private static float[] sample(float[] in, int h, int w, int c, java.awt.geom.AffineTransform matrix, FillMode fill,
      Interpolation interpolation) {
    double[] m = new double[6];
    matrix.getMatrix(m);
    float[] out = new float[in.length];
    AffineSampler.sample(in, 0, out, 0, h, w, c, m, fill, 0, interpolation);
    return out;
  }
}
