package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.samples.check.RandomNetwork;
import dev.lamina.samples.check.Tensors;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * For random networks, compiled by javac in the test (which finds Lamina's processor on the class
 * path, as a user's build does) and loaded from the compiled classes: every array the generated code runs on has the shape the processor computed at
 * compile time. libnd4j checks each op's output against its own shape function, so a training forward
 * and backward pass that complete mean libnd4j agrees with the processor layer by layer; the test also
 * reads each layer's output buffer (test-only reflection) and the returned output and input gradient.
 */
class ShapePropertyTest {
  private static final String PACKAGE = "gen";
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  @Property(tries = 60, seed = "20261129")
  void runTimeShapesEqualCompileTimeShapes(@ForAll long seed) throws Exception {
    RandomNetwork network = RandomNetwork.draw(seed, PACKAGE);
    Model model = compileAndCreate(network);
    List<Layer> layers = model.layers();
    assertEquals(network.layerNames(), layers.stream().map(Layer::name).toList(), network.source());
    for (int batch : new int[] {3, 1}) {
      INDArray input = Tensors.input(model, batch, seed);
      INDArray output = model.forward(input, true);
      assertArrayEquals(withBatch(batch, model.outputShape()), output.shape(), network.source());
      assertArrayEquals(withBatch(batch, layers.get(layers.size() - 1).outputShape()), output.shape());
      Object buffers = trainingBuffers(model, batch);
      for (Layer layer : layers) {
        INDArray out = (INDArray) field(buffers, layer.name() + "Out");
        assertArrayEquals(withBatch(batch, layer.outputShape()), out.shape(), layer.name() + " in\n" + network.source());
      }
      INDArray inputGradient = model.backward(Nd4j.onesLike(output), GradientTarget.OUTPUT);
      assertArrayEquals(input.shape(), inputGradient.shape());
      assertArrayEquals(withBatch(batch, model.outputShape()), model.forward(input, false).shape());
    }
  }

  private static Model compileAndCreate(RandomNetwork network) throws Exception {
    Path out = Files.createTempDirectory("lamina-shapes");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, null)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      JavaFileObject source = new SimpleJavaFileObject(
          java.net.URI.create("string:///" + PACKAGE + "/" + network.className() + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return network.source();
        }
      };
      JavaCompiler.CompilationTask task = JAVAC.getTask(diagnostics, files, null,
          List.of("-classpath", System.getProperty("java.class.path")),
          null, List.of(source));
      assertTrue(task.call(), "compilation failed:\n" + diagnostics + "\n" + network.source());
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, ShapePropertyTest.class.getClassLoader());
    Class<?> generated = loader.loadClass(PACKAGE + ".Lamina" + network.className());
    Method create = generated.getMethod("create", long.class, DataType.class);
    deleteOnExit(out);
    return (Model) create.invoke(null, 1L, DataType.FLOAT);
  }

  private static Object trainingBuffers(Model model, int batch) throws ReflectiveOperationException {
    Object cache = field(model, "trainingBuffers");
    return cache.getClass().getMethod("get", int.class).invoke(cache, batch);
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field f = owner.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(owner);
  }

  private static long[] withBatch(int batch, int[] shape) {
    long[] out = new long[shape.length + 1];
    out[0] = batch;
    for (int i = 0; i < shape.length; i++) {
      out[i + 1] = shape[i];
    }
    return out;
  }

  private static void deleteOnExit(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.forEach(p -> p.toFile().deleteOnExit());
    }
  }
}
