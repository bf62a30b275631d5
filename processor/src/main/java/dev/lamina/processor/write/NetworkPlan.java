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
    List<LayerNode> nodes = model.layers();
    List<List<Integer>> readers = new ArrayList<>(nodes.size());
    nodes.forEach(n -> readers.add(new ArrayList<>()));
    for (LayerNode node : nodes) {
      for (int from : node.inputs()) {
        if (from >= 0) {
          readers.get(from).add(node.index());
        }
      }
    }
    List<LayerWriter> writers = new ArrayList<>(nodes.size());
    for (LayerNode node : nodes) {
      List<String> ins = new ArrayList<>();
      List<String> inGrads = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<int[]> dims = new ArrayList<>();
      List<LayerWriter.FanIn> fanIns = new ArrayList<>();
      for (int from : node.inputs()) {
        if (from < 0) {
          ins.add(INPUT);
          inGrads.add(INPUT_GRAD);
          dims.add(model.input().dims());
          continue;
        }
        LayerWriter source = writers.get(from);
        ins.add(source.out());
        names.add(source.name());
        dims.add(source.node().output().dims());
        List<Integer> sharing = readers.get(from);
        // The backward pass runs in reverse order: the last reader overwrites the producer's output
        // gradient, every earlier one adds its own buffer to it (FanOutGradient).
        if (sharing.size() == 1 || sharing.get(sharing.size() - 1) == node.index()) {
          inGrads.add(source.outGrad());
        } else {
          String own = Names.join(node.name(), "GradFor" + capitalized(source.name()));
          inGrads.add(own);
          fanIns.add(new LayerWriter.FanIn(own, source.outGrad(), source.node().output().dims()));
        }
      }
      LayerWriter w = LayerWriters.of(node, ins, inGrads);
      w.readsFrom(names);
      if (node.inputs().size() > 1) {
        w.inputShapes(dims);
      }
      w.fanIns(fanIns);
      writers.add(w);
    }
    sliceConcatenations(writers, readers);
    writers.get(0).markFirst();
    writers.get(writers.size() - 1).markLast();
    this.layers = List.copyOf(writers);
  }

  /**
   * Concatenation without a copy: an input whose producer is read by the concatenation alone and whose
   * kernel accepts strided arrays (up-sampling, padding, cropping, a merge without activation) writes
   * straight into its channel slice of the concatenation's values, and reads its gradient from the
   * matching slice of theirs (docs/generated-code.md, "Concatenation").
   */
  private static void sliceConcatenations(List<LayerWriter> writers, List<List<Integer>> readers) {
    for (LayerWriter w : writers) {
      if (!(w instanceof ConcatenateWriter concat)) {
        continue;
      }
      List<Boolean> views = new ArrayList<>();
      for (int from : w.node().inputs()) {
        boolean view = from >= 0 && readers.get(from).size() == 1 && writesStrided(writers.get(from));
        if (view) {
          writers.get(from).outputIsChannelSlice();
        }
        views.add(view);
      }
      concat.sliceInputs(views);
    }
  }

  /** Whether {@code producer}'s kernel can write its output into a strided view (and read its gradient from one). */
  private static boolean writesStrided(LayerWriter producer) {
    return producer instanceof ReshapingWriter || (producer instanceof MergeWriter && !producer.activated());
  }

  private static String capitalized(String name) {
    return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
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
