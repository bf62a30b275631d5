package dev.lamina.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.lamina.processor.NetworkProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated class compiles cleanly and reads as the issue describes. */
class NetworkWriterTest {
  private static final JavaFileObject SMALL = JavaFileObjects.forSourceLines("test.Small",
      "package test;",
      "import dev.lamina.dsl.*;",
      "import dev.lamina.runtime.layer.*;",
      "@Network(input = @Input(height = 28, width = 28, channels = 1))",
      "public interface Small {",
      "  @Conv2D(filters = 8, kernelSize = 3, padding = Padding.SAME, activation = ActivationFunction.SELU)",
      "  Conv2DLayer conv1();",
      "  @MaxPool(poolSize = 2)",
      "  Layer pool1();",
      "  @Flatten",
      "  Layer flatten();",
      "  @Dropout(rate = 0.5)",
      "  Layer drop();",
      "  @Dense(units = 10, activation = ActivationFunction.SOFTMAX)",
      "  DenseLayer output();",
      "}");

  private static final JavaFileObject NESTED = JavaFileObjects.forSourceLines("test.Outer",
      "package test;",
      "import dev.lamina.dsl.*;",
      "import dev.lamina.runtime.layer.*;",
      "public final class Outer {",
      "  @Network(input = @Input(height = 4, width = 4, channels = 2))",
      "  public interface Inner {",
      "    @GlobalAvgPool",
      "    Layer pool();",
      "  }",
      "}");

  @Test
  void generatedClassCompilesWithoutWarnings() {
    Compilation c = javac().withProcessors(new NetworkProcessor()).withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(SMALL, NESTED);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.LaminaSmall");
    assertThat(c).generatedSourceFile("test.LaminaOuter_Inner");
  }

  @Test
  void oneMethodPerLayerAndDirectionWithShapeComments() throws IOException {
    Compilation c = javac().withProcessors(new NetworkProcessor()).compile(SMALL);
    String source = c.generatedSourceFile("test.LaminaSmall").orElseThrow().getCharContent(true).toString();
    assertContains(source, "@Generated(\n    value = \"dev.lamina.processor.NetworkProcessor\",\n"
        + "    comments = \"from test.Small\"\n)");
    assertContains(source, "public final class LaminaSmall implements Small, Model {");
    assertContains(source, "public static LaminaSmall create(long seed, DataType dataType) {");
    assertContains(source, "  private void conv1Forward(Buffers b) {\n"
        + "    // conv1 Conv2D: [N, 28, 28, 1] -> [N, 28, 28, 8]\n"
        + "    conv1Op.forward(b.input, conv1Kernel.value(), conv1Bias.value(), b.conv1Z, b.conv1Out, b.training);\n"
        + "    checkFinite(\"conv1\", b.conv1Out);\n");
    assertContains(source, "  private void conv1Backward(Buffers b, boolean inputGradient) {\n"
        + "    // conv1 Conv2D backward: [N, 28, 28, 8] -> [N, 28, 28, 1]\n"
        + "    conv1Op.backward(b.input, conv1Kernel.value(), conv1Bias.value(), b.conv1Z, b.conv1Out,\n"
        + "        b.conv1OutGrad, b.conv1ZGrad, (inputGradient ? b.inputGrad : null), conv1Kernel.gradient(), "
        + "conv1Bias.gradient());\n");
    assertContains(source, "public void backwardParameters(INDArray outputGradient, GradientTarget target) {\n"
        + "    backpropagate(outputGradient, target, false);\n");
    assertContains(source, "this.conv1Op = new Conv2DKernel(new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME), true, "
        + "ActivationFunction.SELU);");
    assertFalse(source.contains("conv1Activation"), "the kernel applies a hidden layer's activation itself");
    assertContains(source, "private void outputBackward(Buffers b, GradientTarget target) {");
    assertContains(source, "if (target == GradientTarget.OUTPUT) {\n      outputActivation.backward(");
    assertContains(source, "this.dropOut = training ? allocate(\"drop\", n, 1568) : flattenOut;");
    assertContains(source, "this.flattenOut = Views.flatten(pool1Out);");
    assertContains(source, "this.conv1Kernel = allocator.trainable(\"conv1\", \"kernel\", Initializer.GLOROT_UNIFORM, 3, 3, 1, 8);");
    assertContains(source, " *  conv1 (Conv2D)");
  }

  private static void assertContains(String source, String expected) {
    assertTrue(source.contains(expected), () -> "expected\n" + expected + "\nin\n" + source);
  }
}
