package dev.lamina.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * VGG16 on 28x28x1 images ({@code networks/Vgg16.java}): five 2x2 pools take 28 to 14, 7, 3, 1 and
 * then nothing. One mistake, one error: on the fifth pool's {@code poolSize} value.
 */
class Vgg16Test {
  private final JavaFileObject vgg16 = Networks.resource("networks/Vgg16.java");

  @Test
  void fifthPoolIsTheOnlyError() {
    Compilation compilation = Networks.compile(vgg16);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[LaminaWindowTooLarge] block5Pool: @MaxPool poolSize 2x2 does not fit its 1x1x512 input")
        .inFile(vgg16)
        .onLineContaining("block5Pool()");
  }
}
