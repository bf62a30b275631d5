package dev.lamina.onnx;

import dev.lamina.onnx.proto.OnnxProto.GraphProto;
import dev.lamina.onnx.proto.OnnxProto.ModelProto;
import dev.lamina.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.lamina.onnx.proto.OnnxProto.TensorProto;
import dev.lamina.onnx.proto.OnnxProto.TensorShapeProto;
import dev.lamina.onnx.proto.OnnxProto.TypeProto;
import dev.lamina.onnx.proto.OnnxProto.ValueInfoProto;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.kernel.IntraOpThreads;
import dev.lamina.runtime.layer.Layer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a generated network as an ONNX model that ONNX Runtime (and any ONNX tool of opset 13 or later)
 * runs: opset 13, IR version 7, float32 weights.
 *
 * <pre>{@code
 * OnnxExport.write(model, Path.of("fashion_cnn.onnx"));
 * // Python: onnxruntime.InferenceSession("fashion_cnn.onnx").run(None, {"input": x})  # x: [N, 28, 28, 1]
 * }</pre>
 *
 * <p>The graph's input {@value #INPUT} is NHWC, {@code [N, height, width, channels]} float32, as
 * Lamina's, with the symbolic batch dimension {@value #BATCH}; its output {@value #OUTPUT} is what
 * {@link Model#forward} returns ({@code [N, units]} or NHWC {@code [N, height, width, channels]}).
 * Inside, spatial tensors are NCHW, ONNX's layout for {@code Conv}: one {@code Transpose} after the input,
 * one before each {@code Flatten} and one before a spatial output (see {@code Layout}). Each layer becomes
 * the nodes of its kind (one class per kind), named after it ({@code conv1/Conv}, {@code conv1/Selu}), its
 * weights initializers named by Keras's weight paths ({@code conv1/kernel}); nodes are wired by the
 * layers' {@link Layer#inputs()}. Separable and depthwise convolutions become grouped {@code Conv}s,
 * batch normalization its inference form, dropout {@code Identity}. A {@code DOUBLE} network is exported
 * with float32 weights.
 */
public final class OnnxExport {
  /** The operator set version the graph uses. */
  public static final int OPSET = 13;
  /** The ONNX IR version of the file. */
  public static final int IR_VERSION = 7;
  /** The graph input's name. */
  public static final String INPUT = "input";
  /** The graph output's name. */
  public static final String OUTPUT = "output";
  /** The name of the symbolic batch dimension. */
  public static final String BATCH = "N";

  private OnnxExport() {}

  /**
   * The network as an ONNX {@code ModelProto}.
   *
   * @throws IllegalArgumentException if a layer has no ONNX export (none of Lamina's kinds)
   */
  public static ModelProto toProto(Model model) {
    Objects.requireNonNull(model, "model");
    GraphProto.Builder graph = GraphProto.newBuilder().setName(model.name())
        .setDocString("Lamina network " + model.name() + "; input NHWC " + shape(model.inputShape()));
    GraphBuilder builder = new GraphBuilder(graph);
    int[] in = model.inputShape();
    graph.addInput(valueInfo(INPUT, in));
    GraphTensor nchw = new GraphTensor(builder.node("Transpose", INPUT, List.of(INPUT),
        GraphBuilder.ints("perm", 0, 3, 1, 2)), Layout.NCHW, in);
    Map<String, GraphTensor> outputs = new HashMap<>();
    GraphTensor last = nchw;
    // the weights' copies with one OpenMP thread: they are small, and the caller's thread keeps no
    // OpenMP team, which would count against the CPUs for every other team (see IntraOpThreads)
    int threads = IntraOpThreads.set(1);
    try {
      for (Layer layer : model.layers()) {
        List<GraphTensor> inputs = new ArrayList<>();
        if (layer.inputs().isEmpty()) {
          inputs.add(nchw);
        }
        for (String name : layer.inputs()) {
          inputs.add(Objects.requireNonNull(outputs.get(name), () -> layer.name() + " reads " + name
              + ", which is not an earlier layer"));
        }
        last = LayerExports.of(layer).export(layer, inputs, builder);
        outputs.put(layer.name(), last);
      }
    } finally {
      IntraOpThreads.set(threads);
    }
    String result = last.layout() == Layout.NCHW
        ? builder.node("Transpose", OUTPUT, List.of(last.name()), GraphBuilder.ints("perm", 0, 2, 3, 1))
        : last.name();
    builder.identity(result, OUTPUT);
    graph.addOutput(valueInfo(OUTPUT, model.outputShape()));
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .setProducerName("Lamina")
        .setProducerVersion(version())
        .setDomain("dev.lamina")
        .setModelVersion(1)
        .setDocString(model.name() + " exported by Lamina")
        .setGraph(graph)
        .build();
  }

  /** The network as the bytes of an {@code .onnx} file. */
  public static byte[] toBytes(Model model) {
    return toProto(model).toByteArray();
  }

  /**
   * Writes the network to an {@code .onnx} file, atomically (nothing half-written is left under the name).
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Model model, Path file) throws IOException {
    byte[] bytes = toBytes(model);
    AtomicFiles.write(file, bytes);
  }

  private static ValueInfoProto valueInfo(String name, int[] example) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
        .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
    for (int d : example) {
      shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
    }
    return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
        TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
  }

  private static String shape(int[] example) {
    StringBuilder s = new StringBuilder("[" + BATCH);
    for (int d : example) {
      s.append(", ").append(d);
    }
    return s.append(']').toString();
  }

  private static String version() {
    String v = OnnxExport.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
