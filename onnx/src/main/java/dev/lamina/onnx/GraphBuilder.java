package dev.lamina.onnx;

import com.google.protobuf.ByteString;
import dev.lamina.onnx.proto.OnnxProto.AttributeProto;
import dev.lamina.onnx.proto.OnnxProto.GraphProto;
import dev.lamina.onnx.proto.OnnxProto.NodeProto;
import dev.lamina.onnx.proto.OnnxProto.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The graph being exported: nodes in topological order and weights as initializers, with unique names
 * derived from the layers' ({@code conv1/Conv}, {@code conv1/kernel}). Weights are written as float32,
 * little-endian, in the layout ONNX's operator wants.
 */
final class GraphBuilder {
  private final GraphProto.Builder graph;
  private final Set<String> names = new HashSet<>();

  GraphBuilder(GraphProto.Builder graph) {
    this.graph = graph;
  }

  /**
   * Adds a node with one output.
   *
   * @param op the ONNX operator ({@code Conv}, {@code Relu}, ...)
   * @param layer the layer it belongs to: names the node and its output
   * @param inputs its inputs' names, in the operator's order
   * @param attributes its attributes
   * @return the output's name
   */
  String node(String op, String layer, List<String> inputs, AttributeProto... attributes) {
    String name = unique(layer + "/" + op);
    NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(name);
    for (AttributeProto a : attributes) {
      node.addAttribute(a);
    }
    graph.addNode(node);
    return name;
  }

  /** Adds {@code Identity} writing the tensor {@code output}, e.g. the graph's output. */
  void identity(String input, String output) {
    names.add(output);
    graph.addNode(NodeProto.newBuilder().setOpType("Identity").setName(unique(output + "/Identity"))
        .addInput(input).addOutput(output));
  }

  /**
   * Adds a weight tensor.
   *
   * @param name its name, e.g. {@code conv1/kernel}
   * @param values the values, any shape and floating-point type
   * @param shape the shape to store: {@code values} in C order reshaped (after any permutation the caller
   *     applied), same length
   * @return the initializer's name
   */
  String initializer(String name, INDArray values, long... shape) {
    INDArray flat = values.castTo(DataType.FLOAT).dup('c');
    float[] v = flat.data().asFloat();
    long length = 1;
    for (long d : shape) {
      length *= d;
    }
    if (length != v.length) {
      throw new IllegalStateException(name + ": " + v.length + " values do not fill " + java.util.Arrays.toString(shape));
    }
    ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(v);
    String unique = unique(name);
    TensorProto.Builder t = TensorProto.newBuilder().setName(unique).setDataType(TensorProto.DataType.FLOAT_VALUE)
        .setRawData(ByteString.copyFrom(bytes.array()));
    for (long d : shape) {
      t.addDims(d);
    }
    graph.addInitializer(t);
    return unique;
  }

  /** A constant 1-D int64 tensor, e.g. a Reshape's target shape. */
  String int64s(String name, long... values) {
    String unique = unique(name);
    TensorProto.Builder t = TensorProto.newBuilder().setName(unique).setDataType(TensorProto.DataType.INT64_VALUE)
        .addDims(values.length);
    for (long v : values) {
      t.addInt64Data(v);
    }
    graph.addInitializer(t);
    return unique;
  }

  /** An {@code INTS} attribute. */
  static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      a.addInts(v);
    }
    return a.build();
  }

  /** An {@code INT} attribute. */
  static AttributeProto integer(String name, long value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
  }

  /** A {@code STRING} attribute. */
  static AttributeProto text(String name, String value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
        .setS(ByteString.copyFromUtf8(value)).build();
  }

  /** A {@code FLOAT} attribute. */
  static AttributeProto real(String name, double value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT)
        .setF((float) value).build();
  }

  private String unique(String base) {
    String name = base;
    for (int i = 1; !names.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }
}
