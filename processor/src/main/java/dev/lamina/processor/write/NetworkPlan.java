package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A network ready to be written: the model, the generated class's name, and one writer per layer
 * wired input to output ({@code input} feeds the first layer, each layer's output the next).
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
    String in = INPUT;
    String inGrad = INPUT_GRAD;
    for (LayerNode node : model.layers()) {
      LayerWriter w = LayerWriters.of(node, in, inGrad);
      if (!writers.isEmpty()) {
        w.readsFrom(List.of(writers.get(writers.size() - 1).name()));
      }
      writers.add(w);
      in = w.out();
      inGrad = w.outGrad();
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
