package dev.lamina.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.dsl.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Output sizes per axis, table-driven as Keras tests {@code compute_conv_output_shape}: VALID
 * {@code floor((in - k') / s) + 1} with {@code k' = d*(k-1)+1}, SAME {@code ceil(in / s)}, and the
 * transposed convolution's {@code deconv_output_length}.
 */
class ConvArithmeticTest {

  @ParameterizedTest(name = "in={0} k={1} s={2} d={3} {4} -> {5}")
  @CsvSource({
      // the tutorial: 3x3 SAME convolutions and 2x2 pools
      "28, 3, 1, 1, SAME, 28",
      "28, 2, 2, 1, VALID, 14",
      "14, 2, 2, 1, VALID, 7",
      "7, 2, 2, 1, VALID, 3",
      // VGG16 on 28x28: 3 -> 1 -> nothing
      "3, 2, 2, 1, VALID, 1",
      "1, 2, 2, 1, VALID, 0",
      "1, 2, 2, 1, SAME, 1",
      // plain VALID and SAME with strides
      "28, 3, 1, 1, VALID, 26",
      "32, 5, 3, 1, VALID, 10",
      "7, 3, 2, 1, SAME, 4",
      "7, 3, 2, 1, VALID, 3",
      "5, 5, 1, 1, VALID, 1",
      "5, 7, 1, 1, VALID, -1",
      "1, 1, 1, 1, VALID, 1",
      "9, 1, 4, 1, VALID, 3",
      // dilation: the window spans d*(k-1)+1
      "10, 3, 1, 2, VALID, 6",
      "10, 3, 1, 2, SAME, 10",
      "9, 3, 1, 4, VALID, 1",
      "8, 3, 1, 4, VALID, 0",
      "5, 3, 1, 3, VALID, -1",
  })
  void outputLength(int in, int size, int stride, int dilation, Padding padding, int expected) {
    assertEquals(expected, ConvArithmetic.outputLength(in, size, stride, dilation, padding));
  }

  @ParameterizedTest(name = "in={0} k={1} s={2} {3} -> {4}")
  @CsvSource({
      "14, 3, 2, SAME, 28",
      "14, 3, 2, VALID, 29",
      "7, 2, 2, VALID, 14",
      "7, 4, 2, VALID, 16",
      "5, 1, 3, VALID, 15",
      "5, 3, 1, VALID, 7",
      "5, 3, 1, SAME, 5",
      "1, 5, 1, VALID, 5",
  })
  void transposeOutputLength(int in, int size, int stride, Padding padding, int expected) {
    assertEquals(expected, ConvArithmetic.transposeOutputLength(in, size, stride, padding));
  }

  @ParameterizedTest(name = "in={0} k={1} s={2} d={3} -> {4}")
  @CsvSource({
      "28, 3, 1, 1, 2",
      "7, 3, 2, 1, 2",
      "28, 2, 2, 1, 0",
      "5, 4, 1, 1, 3",
      "10, 3, 1, 2, 4",
      "1, 2, 2, 1, 1",
  })
  void samePaddingTotal(int in, int size, int stride, int dilation, int expected) {
    assertEquals(expected, ConvArithmetic.samePaddingTotal(in, size, stride, dilation));
  }

  @ParameterizedTest(name = "in={0} k={1} s={2} d={3} drops {4}")
  @CsvSource({
      "7, 2, 2, 1, 1",
      "28, 2, 2, 1, 0",
      "8, 3, 2, 1, 1",
      "10, 3, 1, 2, 0",
      "11, 3, 3, 1, 2",
      "1, 2, 2, 1, 0",
  })
  void droppedByValid(int in, int size, int stride, int dilation, int expected) {
    assertEquals(expected, ConvArithmetic.droppedByValid(in, size, stride, dilation));
  }

  @ParameterizedTest(name = "in={0} d={1} -> at most {2}")
  @CsvSource({"7, 1, 7", "1, 1, 1", "10, 2, 5", "9, 4, 3", "0, 1, 0"})
  void largestValidSize(int in, int dilation, int expected) {
    assertEquals(expected, ConvArithmetic.largestValidSize(in, dilation));
    if (expected > 0) {
      assertTrue(ConvArithmetic.outputLength(in, expected, 1, dilation, Padding.VALID) >= 1);
      assertTrue(ConvArithmetic.outputLength(in, expected + 1, 1, dilation, Padding.VALID) <= 0);
    }
  }

  @Test
  void overflowIsAnErrorNotAWrappedNumber() {
    assertThrows(ArithmeticException.class, () -> ConvArithmetic.effectiveSize(Integer.MAX_VALUE, 2));
    assertThrows(ArithmeticException.class,
        () -> ConvArithmetic.transposeOutputLength(1 << 20, 3, 1 << 12, Padding.SAME));
    assertThrows(ArithmeticException.class,
        () -> ConvArithmetic.transposeOutputLength(Integer.MAX_VALUE, Integer.MAX_VALUE, 1, Padding.VALID));
    assertEquals(0, ConvArithmetic.outputLength(1, 3, Integer.MAX_VALUE, 1, Padding.VALID));
    assertEquals(1, ConvArithmetic.outputLength(Integer.MAX_VALUE, 1, Integer.MAX_VALUE, 1, Padding.VALID));
  }
}
