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
        .hadErrorContaining("[LaminaWindowTooLarge] block5Pool: @MaxPool poolSize 2x2 does not fit its 1x1x512 input: "
            + "with padding VALID the output height is floor((1 - 2) / 2) + 1 = 0. Expected a poolSize of at most "
            + "1x1, or padding = SAME; found poolSize = 2.")
        .inFile(vgg16)
        .onLine(Networks.line(vgg16, "block5Pool()"))
        .atColumn(Networks.column(vgg16, "block5Pool()", "2)"));
  }

  @Test
  void theLossyPoolsBeforeItAreWarnings() {
    Compilation compilation = Networks.compile(vgg16);
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining("[LaminaValidDrops] block3Pool: @MaxPool 2x2, strides 2x2, VALID on "
        + "input 7x7x256 never reads the last 1 row(s) and 1 column(s) (output 3x3).").inFile(vgg16)
        .onLine(Networks.line(vgg16, "block3Pool()"));
    assertThat(compilation).hadWarningContaining("[LaminaValidDrops] block4Pool: @MaxPool 2x2, strides 2x2, VALID on "
        + "input 3x3x512 never reads the last 1 row(s) and 1 column(s) (output 1x1).").inFile(vgg16)
        .onLine(Networks.line(vgg16, "block4Pool()"));
  }
}
