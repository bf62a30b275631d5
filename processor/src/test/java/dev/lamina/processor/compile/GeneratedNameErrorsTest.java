package dev.lamina.processor.compile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lamina.processor.testing.Diagnostics.assertOneError;

import com.google.testing.compile.Compilation;
import dev.lamina.processor.testing.Networks;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names the generated code would declare twice: one positioned error each, instead of an error in the
 * generated file or an internal failure.
 */
class GeneratedNameErrorsTest {

  @Test
  void layerWhoseFieldIsASeparableLayersDepthwiseKernel() {
    JavaFileObject source = Networks.source("SepClash", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface SepClash {
          @SeparableConv2D(filters = 2, kernelSize = 3) Layer s();
          @Conv2D(filters = 2, kernelSize = 3) Layer sDepthwise();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaNameClash] sDepthwise: the generated field sDepthwiseKernel of this layer has the "
        + "same name as a member of layer s. Expected generated names that differ; found sDepthwiseKernel twice. "
        + "Rename this layer.", "sDepthwise()", "@Conv2D");
  }

  @Test
  void clashPointsAtTheLaterLayer() {
    JavaFileObject source = Networks.source("DwClash", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface DwClash {
          @Conv2D(filters = 2, kernelSize = 3) Layer dwDepthwise();
          @DepthwiseConv2D(kernelSize = 3, padding = SAME) Layer dw();
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaNameClash] dw: the generated field dwDepthwiseKernel of this layer has the same "
        + "name as a member of layer dwDepthwise.", "dw()", "@DepthwiseConv2D");
  }

  @Test
  void defaultMethodWithTheSignatureOfTheStaticFactory() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          default Object create(long seed) { return null; }
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaGeneratedMethod] create(long): the generated class declares as a static factory a "
        + "method of this signature too. Expected a helper method whose name or parameters differ; found default "
        + "java.lang.Object create(long). Rename the method.", "create(long", "create(long");
  }

  @Test
  void inheritedDefaultMethodWithTheSignatureOfAPrivateHelper() {
    JavaFileObject base = Networks.source("Base", """
        public interface Base {
          default void checkFinite(String layer, org.nd4j.linalg.api.ndarray.INDArray values) {}
        }
        """);
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N extends Base {
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    Compilation compilation = Networks.compile(base, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaGeneratedMethod] checkFinite(String, INDArray): the generated "
        + "class declares as a private helper a method of this signature too.").inFile(base)
        .onLine(Networks.line(base, "checkFinite("));
  }

  @Test
  void defaultMethodWithTheSignatureOfAModelDefaultWhenNotExtendingModel() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          default org.nd4j.linalg.api.ndarray.INDArray predict(org.nd4j.linalg.api.ndarray.INDArray x) { return x; }
          default String summary(int width) { return ""; }
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertOneError(source, "[LaminaGeneratedMethod] predict(INDArray): the generated class inherits as a default of "
        + "dev.lamina.runtime.Model a method of this signature too.", "predict(", "predict(");
  }

  @Test
  void modelDefaultMayBeOverriddenByANetworkExtendingModel() {
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N extends dev.lamina.runtime.Model {
          @Override
          default org.nd4j.linalg.api.ndarray.INDArray predict(org.nd4j.linalg.api.ndarray.INDArray x) {
            return forward(x, false);
          }
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    assertThat(Networks.compile(source)).succeeded();
  }

  @Test
  void nestedAndTopLevelInterfacesWithTheSameGeneratedName() {
    JavaFileObject outer = Networks.source("Outer", """
        public class Outer {
          @Network(input = @Input(height = 8, width = 8, channels = 2))
          public interface Net {
            @Flatten Layer flat();
            @Dense(units = 3) Layer d();
          }
        }
        """);
    JavaFileObject flat = Networks.source("Outer_Net", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface Outer_Net {
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    Compilation compilation = Networks.compile(outer, flat);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaClassTaken] @Network interface test.Outer_Net is implemented "
        + "by a generated class test.LaminaOuter_Net, but the @Network interface test.Outer.Net is implemented by it "
        + "already. Expected one type per name; rename the interface (or the other type).").inFile(flat)
        .onLine(Networks.line(flat, "@Network")).atColumn(Networks.column(flat, "@Network", "@Network"));
  }

  @Test
  void userClassWithTheGeneratedName() {
    JavaFileObject user = Networks.source("LaminaN", """
        public class LaminaN {}
        """);
    JavaFileObject source = Networks.source("N", """
        @Network(input = @Input(height = 8, width = 8, channels = 2))
        public interface N {
          @Flatten Layer flat();
          @Dense(units = 3) Layer d();
        }
        """);
    Compilation compilation = Networks.compile(user, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[LaminaClassTaken] @Network interface test.N is implemented by a "
        + "generated class test.LaminaN, but a class of that name already exists in this compilation.")
        .inFile(source).onLine(Networks.line(source, "@Network")).atColumn(Networks.column(source, "@Network", "@Network"));
  }
}
