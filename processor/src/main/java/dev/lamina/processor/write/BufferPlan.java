package dev.lamina.processor.write;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The arrays one batch size needs, in the order the layers declare them; written as the generated
 * class's inner {@code Buffers} class. Gradients and what only training keeps are allocated only
 * for a training set of buffers; views and aliases cost nothing.
 */
final class BufferPlan {
  /** The generated inner class's name. */
  static final String CLASS_NAME = "Buffers";

  private record Buffer(String name, CodeBlock init, TypeName type) {}

  private record Group(String owner, String comment, List<Buffer> buffers) {}

  private final List<Group> groups = new ArrayList<>();

  /**
   * Starts the buffers of one layer (or of the input), headed by {@code comment} in the constructor.
   *
   * @param owner the layer's name ({@code input} for the input), which a failed allocation reports
   */
  void group(String owner, String comment) {
    groups.add(new Group(owner, comment, new ArrayList<>()));
  }

  /** A new array {@code [n, dims...]}, for inference and training. */
  void allocate(String name, int[] dims) {
    add(name, CodeBlock.of("allocate($S, n, $L)", owner(), Names.dimList(dims)));
  }

  /** A new array {@code [n, dims...]} in a training set, null in an inference set. */
  void allocateForTraining(String name, int[] dims) {
    add(name, CodeBlock.of("training ? allocate($S, n, $L) : null", owner(), Names.dimList(dims)));
  }

  private String owner() {
    if (groups.isEmpty()) {
      throw new IllegalStateException("buffer declared before any group");
    }
    return groups.get(groups.size() - 1).owner();
  }

  /** An array defined by {@code init} (a view or another buffer), which may refer to earlier buffers. */
  void define(String name, CodeBlock init) {
    add(name, init);
  }

  /**
   * An array of buffers, {@code INDArray[]}, defined by {@code init} from earlier buffers: what a layer with
   * several inputs passes its kernel, made once per batch size rather than on every step.
   */
  void defineArray(String name, CodeBlock init) {
    add(name, init, ArrayTypeName.of(TypeNames.INDARRAY));
  }

  /** Whether a buffer of that name is declared already. */
  boolean has(String name) {
    return names().contains(name);
  }

  private void add(String name, CodeBlock init) {
    add(name, init, TypeNames.INDARRAY);
  }

  private void add(String name, CodeBlock init, TypeName type) {
    if (groups.isEmpty()) {
      throw new IllegalStateException("buffer " + name + " declared before any group");
    }
    groups.get(groups.size() - 1).buffers().add(new Buffer(name, init, type));
  }

  /** The buffers' names, in declaration order. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    groups.forEach(g -> g.buffers().forEach(b -> names.add(b.name())));
    return names;
  }

  /** The inner class holding every buffer. */
  TypeSpec buffersClass() {
    TypeSpec.Builder type = TypeSpec.classBuilder(CLASS_NAME)
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The arrays of one batch size {@code n}: each layer's output ({@code Out}), its values\n"
            + "before a non-linear activation ({@code Z}), what its backward pass needs, and, in a training\n"
            + "set only, the loss gradients ({@code Grad}; null in an inference set). Allocated once per\n"
            + "batch size and reused on every step.\n");
    type.addField(FieldSpec.builder(TypeName.BOOLEAN, "training", Modifier.FINAL)
        .addJavadoc("Whether this set is for training (it holds gradients).\n").build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(TypeName.INT, "n")
        .addParameter(TypeName.BOOLEAN, "training")
        .addStatement("this.training = training");
    for (Group g : groups) {
      if (!g.buffers().isEmpty()) {
        constructor.addComment("$L", g.comment());
      }
      for (Buffer b : g.buffers()) {
        type.addField(FieldSpec.builder(b.type(), b.name(), Modifier.FINAL).build());
        constructor.addStatement("this.$N = $L", b.name(), b.init());
      }
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("allocate")
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeNames.INDARRAY)
        .addParameter(String.class, "layer")
        .addParameter(long[].class, "shape")
        .varargs()
        .addStatement("return $T.allocate($N, layer, dataType, shape)", TypeNames.BUFFER_OPS, Constants.NAME)
        .build());
    return type.build();
  }
}
