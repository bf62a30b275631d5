package dev.lamina.bench.fuzz;

import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Layer;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The forked JVM of a fuzz campaign: for each generated class named on the command line
 * ({@code class:FLOAT} or {@code class:DOUBLE}), {@code create(seed)}, a forward pass in inference and in
 * training mode, and a backward pass, on a batch of 2. It reports on standard output, one line per
 * event, each starting with {@value #TAG}: {@code START i} before network {@code i}, then {@code OK i},
 * {@code SKIP i bytes} (its buffers would exceed the budget), {@code ALLOC i message} (a
 * {@code MemoryAllocationException}, the clean failure for a network too large for the machine) or
 * {@code FAIL i message} (any other exception). A native crash ends the process after {@code START i}:
 * the campaign sees the exit status and the last network started.
 */
public final class FuzzWorker {
  /** Marks the worker's report lines among the libraries' output. */
  static final String TAG = "FUZZ ";
  /** System property: the most bytes of activations and gradients a network may need to be run. */
  static final String BUDGET_PROPERTY = "lamina.fuzz.budget";
  static final int BATCH = 2;

  private FuzzWorker() {}

  /**
   * @param args generated class names, each with {@code :FLOAT} or {@code :DOUBLE}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    long budget = Long.getLong(BUDGET_PROPERTY, 256L << 20);
    for (int i = 0; i < args.length; i++) {
      out.println(TAG + "START " + i);
      String[] parts = args[i].split(":");
      DataType type = DataType.valueOf(parts[1]);
      try {
        String result = run(parts[0], type, budget);
        out.println(TAG + result.replace("#", Integer.toString(i)));
      } catch (Throwable e) {
        String kind = e.getClass().getSimpleName().equals("MemoryAllocationException") ? "ALLOC " : "FAIL ";
        out.println(TAG + kind + i + " " + oneLine(e));
      }
      // Frees the last network's native memory (ND4J releases it when its arrays are collected).
      System.gc();
    }
    out.println(TAG + "DONE");
  }

  private static String run(String className, DataType type, long budget) throws ReflectiveOperationException {
    Class<?> generated = Class.forName(className);
    long parameterBytes = parameterBytes(generated, type);
    if (parameterBytes > budget) {
      return "SKIP # " + parameterBytes;
    }
    Model model;
    try {
      model = (Model) generated.getMethod("create", long.class, DataType.class).invoke(null, 7L, type);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
    long bytes = bufferBytes(model, type);
    if (bytes > budget) {
      return "SKIP # " + bytes;
    }
    int[] shape = model.inputShape();
    long[] batch = new long[shape.length + 1];
    batch[0] = BATCH;
    for (int d = 0; d < shape.length; d++) {
      batch[d + 1] = shape[d];
    }
    INDArray x = Nd4j.rand(type, batch).subi(0.5).muli(2);
    model.forward(x, false);
    INDArray y = model.forward(x, true);
    model.backward(Nd4j.onesLike(y), GradientTarget.OUTPUT);
    return "OK #";
  }

  /**
   * What the trainable parameters and their gradients and the non-trainable parameters take, read from
   * the generated class's constants before anything is allocated (test tooling: reflection on generated
   * code).
   */
  static long parameterBytes(Class<?> generated, DataType type) throws ReflectiveOperationException {
    double count = 0;
    for (String name : new String[] {"TRAINABLE_PARAMS", "TRAINABLE_PARAMS", "NON_TRAINABLE_PARAMS"}) {
      java.lang.reflect.Field f = generated.getDeclaredField(name);
      f.setAccessible(true);
      count += f.getLong(null);
    }
    double bytes = count * type.width();
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
  }

  /**
   * What the network's buffers take for a training batch, roughly: four arrays (value, pre-activation
   * and their gradients) per layer output and two for the input; saturates at {@code Long.MAX_VALUE}.
   */
  static long bufferBytes(Model model, DataType type) {
    double elements = 2 * product(model.inputShape());
    for (Layer layer : model.layers()) {
      elements += 4 * product(layer.outputShape());
    }
    double bytes = elements * BATCH * type.width();
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
  }

  private static double product(int[] shape) {
    double p = 1;
    for (int d : shape) {
      p *= d;
    }
    return p;
  }

  private static String oneLine(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString().replace("\r", "").replace("\n", " | ");
  }
}
