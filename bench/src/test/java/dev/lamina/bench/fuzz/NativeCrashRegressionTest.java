package dev.lamina.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Networks that killed the JVM in native code (issue 17 and the fuzzing that followed it), each run in
 * a forked JVM: created, forward in inference and training mode and backward on a batch of 2. Before
 * the routes in docs/native-safety.md each crashed with SIGSEGV or a glibc heap-corruption abort.
 */
class NativeCrashRegressionTest {

  /** The issue's reproducer: a 1x1 depthwise kernel with strides 2 crashed oneDNN's dw bwd_data. */
  static final FuzzNetwork ISSUE_17 = FuzzNetwork.of("Crash", """
      @Network(input = @Input(height = 4096, width = 2, channels = 1))
      public interface Crash {
        @DepthwiseConv2D(kernelSize = 1, strides = 2, activation = TANH, padding = VALID) DepthwiseConv2DLayer l0();
        @Conv2D(filters = 8, kernelSize = 5, padding = SAME, activation = SOFTPLUS, biasInitializer = ONES) Conv2DLayer l1();
        @Activation(SWISH) ActivationLayer l2();
        @AvgPool(poolSize = 1) Layer l3();
      }
      """);

  /** The same with a regular 1x1 convolution (oneDNN's jit 1x1 kernel). */
  static final FuzzNetwork STRIDED_POINTWISE = FuzzNetwork.of("StridedPointwise", """
      @Network(input = @Input(height = 4096, width = 2, channels = 1))
      public interface StridedPointwise {
        @Conv2D(filters = 1, kernelSize = 1, strides = 2, activation = TANH) Conv2DLayer l0();
        @Conv2D(filters = 3, kernelSize = {1, 1}, strides = {1, 3}, padding = SAME) Conv2DLayer l1();
      }
      """);

  /** Transposed convolutions with kernels shorter than their strides (oneDNN's deconvolution). */
  static final FuzzNetwork SHORT_TRANSPOSED = FuzzNetwork.of("ShortTransposed", """
      @Network(input = @Input(height = 62, width = 62, channels = 4))
      public interface ShortTransposed {
        @Conv2DTranspose(filters = 3, kernelSize = 1, strides = 3, padding = SAME, activation = SELU) Conv2DTransposeLayer l0();
        @Conv2DTranspose(filters = 2, kernelSize = {2, 1}, strides = {3, 2}, padding = VALID) Conv2DTransposeLayer l1();
      }
      """);

  /** A SAME pool far larger than its input (oneDNN's pooling), found by the fuzz test. */
  static final FuzzNetwork LARGE_SAME_POOL = FuzzNetwork.of("LargeSamePool", """
      @Network(input = @Input(height = 12, width = 2, channels = 55))
      public interface LargeSamePool {
        @AvgPool(poolSize = {13, 13}, strides = {2, 1}, padding = SAME) Layer l0();
        @Activation(ELU) ActivationLayer l1();
        @SeparableConv2D(filters = 3, depthMultiplier = 2, kernelSize = 1, strides = {1, 2}, activation = SOFTPLUS) SeparableConv2DLayer l2();
        @MaxPool(poolSize = 13, strides = 1, padding = SAME) Layer l3();
      }
      """);

  /**
   * A height of exactly 65536: oneDNN's brgemm blocking heuristic divides by zero (SIGFPE) for the 1x1
   * pointwise step, the depthwise and the transposed convolution; found by the long fuzz run.
   */
  static final FuzzNetwork HEIGHT_65536 = FuzzNetwork.of("Height65536", """
      @Network(input = @Input(height = 65536, width = 3, channels = 1))
      public interface Height65536 {
        @SeparableConv2D(filters = 2, kernelSize = 2, padding = SAME, activation = RELU, useBias = false) SeparableConv2DLayer l0();
        @DepthwiseConv2D(kernelSize = 1, depthMultiplier = 2) DepthwiseConv2DLayer l1();
        @Conv2DTranspose(filters = 1, kernelSize = 1, useBias = false) Conv2DTransposeLayer l2();
        @Conv2D(filters = 2, kernelSize = {2, 1}, strides = {2, 1}, padding = SAME) Conv2DLayer l3();
        @Conv2DTranspose(filters = 1, kernelSize = {2, 1}, strides = {2, 1}, padding = SAME) Conv2DTransposeLayer l4();
      }
      """);

  @Test
  void formerNativeCrashesRunInFloat(@TempDir Path work) throws Exception {
    assertRuns(work, "FLOAT");
  }

  @Test
  void formerNativeCrashesRunInDouble(@TempDir Path work) throws Exception {
    assertRuns(work, "DOUBLE");
  }

  private static void assertRuns(Path work, String dataType) throws Exception {
    List<FuzzNetwork> networks = List.of(ISSUE_17, STRIDED_POINTWISE, SHORT_TRANSPOSED, LARGE_SAME_POOL, HEIGHT_65536);
    FuzzFigures figures = new FuzzCampaign(System.getProperty("java.class.path"), work, networks.size(), 600,
        new PrintStream(PrintStream.nullOutputStream())).run(networks, dataType);
    assertTrue(figures.clean(), figures.report());
    assertEquals(networks.size(), figures.run(), figures.report());
  }
}
