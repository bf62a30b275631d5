package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The two networks of the Keras tutorial compile with exactly Keras's shapes and parameter counts. */
class TutorialNetworksTest {

  @Test
  void convNetHasKerasShapesAndCounts() {
    JavaFileObject source = Networks.source("FashionCnn", """
        @Network(input = @Input(height = 28, width = 28, channels = 1), params = 435_306)
        public interface FashionCnn {
          @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv1();
          @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv2();
          @MaxPool(poolSize = 2) PoolingLayer pool1();
          @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv3();
          @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv4();
          @MaxPool(poolSize = 2) PoolingLayer pool2();
          @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv5();
          @Conv2D(filters = 128, kernelSize = 3, padding = SAME, activation = SELU) Conv2DLayer conv6();
          @MaxPool(poolSize = 2) @OutputShape({3, 3, 128}) PoolingLayer pool3();
          @Flatten @OutputShape(1152) FlattenLayer flatten();
          @Dense(units = 128, activation = SELU) DenseLayer dense1();
          @Dense(units = 10, activation = SOFTMAX) DenseLayer output();
        }
        """);
    Compilation compilation = Networks.compile(source);
    assertThat(compilation).succeeded();
    String note = Networks.summaryNote(compilation, "FashionCnn");
    System.out.println(note);
  }
}
