package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A network ready to be written: the model, the generated class's name, and one writer per layer in
 * the model's topological order, each wired to the output of the node it reads ({@code input} for the
 * network input).
 */
final class NetworkPlan {
  /** The buffer holding the copied input batch. */
  static final String INPUT = "input";
  /** The buffer receiving the input gradient. */
  static final String INPUT_GRAD = "inputGrad";

  private final NetworkModel model;
  private final ClassName generated;
  private final ClassName declared;
  private final List<LayerWriter> layers;

  NetworkPlan(NetworkModel model) {
    this.model = model;
    this.generated = ClassName.get(model.packageName(), model.generatedName());
    String[] nested = model.interfaceName().split("\\.");
    ClassName top = ClassName.get(model.packageName(), nested[0]);
    for (int i = 1; i < nested.length; i++) {
      top = top.nestedClass(nested[i]);
    }
    this.declared = top;
    List<LayerWriter> writers = new ArrayList<>(model.layers().size());
    for (LayerNode node : model.layers()) {
      if (node.inputs().size() != 1) {
        throw new IllegalStateException("layer " + node.name() + " reads " + node.inputs().size()
            + " nodes; only single-input layers are written");
      }
      int from = node.inputs().get(0);
      LayerWriter source = from < 0 ? null : writers.get(from);
      LayerWriter w = LayerWriters.of(node, source == null ? INPUT : source.out(),
          source == null ? INPUT_GRAD : source.outGrad());
      if (source != null) {
        w.readsFrom(List.of(source.name()));
      }
      writers.add(w);
    }
    writers.get(0).markFirst();
    writers.get(writers.size() - 1).markLast();
    this.layers = List.copyOf(writers);
  }

  NetworkModel model() {
    return model;
  }

  /** {@code LaminaFashionCnn}. */
  ClassName generated() {
    return generated;
  }

  /** The {@code @Network} interface. */
  ClassName declared() {
    return declared;
  }

  /** The generated inner buffers class. */
  TypeName buffers() {
    return generated.nestedClass(BufferPlan.CLASS_NAME);
  }

  List<LayerWriter> layers() {
    return layers;
  }

  LayerWriter last() {
    return layers.get(layers.size() - 1);
  }
}
