package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import dev.lamina.processor.model.Parameter;
import dev.lamina.processor.model.TensorSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What one layer adds to the generated class besides its passes: its fields (parameters, kernel,
 * activation, handle), their initialization in the constructor, and the interface method returning
 * the handle.
 */
final class LayerMembers {
  private LayerMembers() {}

  /** Model fields: parameters, kernel, activation and handle. */
  static List<FieldSpec> fields(LayerWriter layer) {
    List<FieldSpec> fields = new ArrayList<>();
    for (TensorSpec t : layer.node().tensors()) {
      fields.add(FieldSpec.builder(TypeNames.PARAMETER, Names.tensorField(layer.name(), t.name()), Modifier.PRIVATE,
              Modifier.FINAL)
          .addJavadoc("$L/$L $L$L.\n", layer.name(), t.name(), Arrays.toString(t.shape()),
              t.trainable() ? "" : ", non-trainable")
          .build());
    }
    layer.kernel().ifPresent(k -> fields.add(
        FieldSpec.builder(k.type(), layer.opField(), Modifier.PRIVATE, Modifier.FINAL).build()));
    if (!layer.fanIns().isEmpty()) {
      fields.add(FieldSpec.builder(TypeNames.FAN_OUT_GRADIENT, layer.fanOutField(), Modifier.PRIVATE, Modifier.FINAL)
          .build());
    }
    if (layer.separateActivation()) {
      fields.add(FieldSpec.builder(TypeNames.ACTIVATION_KERNEL, layer.activationField(), Modifier.PRIVATE,
          Modifier.FINAL).build());
    }
    fields.add(FieldSpec.builder(layer.handleType(), layer.handleField(), Modifier.PRIVATE, Modifier.FINAL).build());
    return fields;
  }

  /**
   * Constructor statements: allocate and initialize the parameters from {@code allocator}, create the
   * kernels, build the handle.
   */
  static CodeBlock initialization(LayerWriter layer, String allocator) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (TensorSpec t : layer.node().tensors()) {
      code.addStatement("this.$N = $N.$L($S, $S, $T.$L, $L)", Names.tensorField(layer.name(), t.name()), allocator,
          t.trainable() ? "trainable" : "state", layer.name(), t.name(), TypeNames.INITIALIZER, t.initializer().name(),
          Names.dimList(t.shape()));
    }
    layer.kernel().ifPresent(k -> code.addStatement("this.$N = $L", layer.opField(), k.init()));
    if (!layer.fanIns().isEmpty()) {
      code.addStatement("this.$N = new $T()", layer.fanOutField(), TypeNames.FAN_OUT_GRADIENT);
    }
    if (layer.separateActivation()) {
      code.addStatement("this.$N = new $T($T.$L)", layer.activationField(), TypeNames.ACTIVATION_KERNEL,
          TypeNames.ACTIVATION_FUNCTION, layer.activation().name());
    }
    code.addStatement("this.$N = $L", layer.handleField(), layer.handle());
    return code.build();
  }

  /** The interface method returning the handle. */
  static MethodSpec handleMethod(LayerWriter layer) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(layer.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(layer.handleType());
    // The parameters only declare the wiring: the handle is the same whatever is passed.
    for (Parameter p : layer.node().parameters()) {
      method.addParameter(ClassName.bestGuess(p.type()), p.name());
    }
    return method.addStatement("return $N", layer.handleField()).build();
  }
}
