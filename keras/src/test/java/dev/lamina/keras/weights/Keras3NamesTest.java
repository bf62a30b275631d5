package dev.lamina.keras.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keras 3's group names: {@code keras.src.utils.naming.to_snake_case} of the class, numbered by class. */
class Keras3NamesTest {
  @Test
  void classNamesInSnakeCase() {
    assertEquals("conv2d", Keras3Names.snakeCase("Conv2D"));
    assertEquals("conv2d_transpose", Keras3Names.snakeCase("Conv2DTranspose"));
    assertEquals("max_pooling2d", Keras3Names.snakeCase("MaxPooling2D"));
    assertEquals("global_average_pooling2d", Keras3Names.snakeCase("GlobalAveragePooling2D"));
    assertEquals("batch_normalization", Keras3Names.snakeCase("BatchNormalization"));
    assertEquals("depthwise_conv2d", Keras3Names.snakeCase("DepthwiseConv2D"));
    assertEquals("re_lu", Keras3Names.snakeCase("ReLU"));
    assertEquals("leaky_re_lu", Keras3Names.snakeCase("LeakyReLU"));
    assertEquals("input_layer", Keras3Names.snakeCase("InputLayer"));
  }

  @Test
  void laterLayersOfAClassAreNumberedFromOne() {
    assertEquals(List.of("conv2d", "dense", "conv2d_1", "conv2d_2", "dense_1"),
        Keras3Names.groups(List.of("Conv2D", "Dense", "Conv2D", "Conv2D", "Dense")));
  }
}
