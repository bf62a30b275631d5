package dev.lamina.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Padding;
import dev.lamina.runtime.NonFiniteValueException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Flatten's view, the window arguments, and the run-time checks. */
class ViewsAndChecksTest {

  @Test
  void flattenIsARowMajorViewAsKerasFlattensNhwc() {
    INDArray x = Nd4j.arange(2 * 3 * 2 * 4).reshape(2, 3, 2, 4).castTo(DataType.FLOAT);
    INDArray flat = Views.flatten(x);
    assertArrayEquals(new long[] {2, 24}, flat.shape());
    assertEquals(x.getDouble(1, 2, 1, 3), flat.getDouble(1, 23), 0);
    flat.putScalar(new long[] {0, 5}, -1);
    assertEquals(-1, x.getDouble(0, 0, 1, 1), 0, "writes go through to the tensor");
  }

  @Test
  void windowArgumentsFollowLibnd4jsLayout() {
    Window2D w = new Window2D(3, 2, 2, 1, 1, 2, Padding.SAME);
    assertArrayEquals(new long[] {3, 2, 2, 1, 0, 0, 1, 2, 1, 1, 0}, w.nativeArgs(1, 0));
    assertTrue(w.dilated());
    assertThrows(IllegalArgumentException.class, () -> Window2D.of(0, 3, 1, 1, Padding.VALID));
  }

  @Test
  void numericsCountNonFiniteValuesAndNameTheLayer() {
    INDArray x = Nd4j.create(DataType.FLOAT, 2, 3);
    Numerics.requireFinite("Net", "dense", x);
    x.putScalar(1, Float.NaN);
    x.putScalar(4, Float.NEGATIVE_INFINITY);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
        () -> Numerics.requireFinite("Net", "dense", x));
    assertEquals("dense", e.source());
    assertTrue(e.getMessage().startsWith("layer dense of Net holds 1 NaN and 1 infinite values out of 6"),
        e.getMessage());
  }

  @Test
  void gradientChecksNameTheNetworkAndBothShapes() {
    INDArray output = Nd4j.create(DataType.FLOAT, 4, 10);
    InputCheck.requireGradient("Net", output, Nd4j.create(DataType.FLOAT, 4, 10));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputCheck.requireGradient("Net", output, Nd4j.create(DataType.DOUBLE, 4, 10)));
    assertEquals("Net.backward expects a gradient [4, 10] FLOAT (shaped like the last output), got [4, 10] DOUBLE",
        e.getMessage());
  }
}
