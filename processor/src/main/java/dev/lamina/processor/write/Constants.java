package dev.lamina.processor.write;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.model.ParamCount;
import dev.lamina.summary.ModelSummary;
import javax.lang.model.element.Modifier;

/** The generated class's static constants, all taken from the model. */
final class Constants {
  static final String NAME = "NAME";
  static final String INPUT_SHAPE = "INPUT_SHAPE";
  static final String OUTPUT_SHAPE = "OUTPUT_SHAPE";
  static final String ARCHITECTURE = "ARCHITECTURE";
  static final String SUMMARY = "SUMMARY";
  static final String TRAINABLE_PARAMS = "TRAINABLE_PARAMS";
  static final String NON_TRAINABLE_PARAMS = "NON_TRAINABLE_PARAMS";
  static final String BATCH_SIZES_KEPT = "BATCH_SIZES_KEPT";

  private static final TypeName STRING = TypeName.get(String.class);

  private final NetworkModel model;

  Constants(NetworkModel model) {
    this.model = model;
  }

  void addTo(TypeSpec.Builder type) {
    long trainable = 0;
    long nonTrainable = 0;
    for (LayerNode l : model.layers()) {
      ParamCount p = l.params();
      trainable += p.trainable();
      nonTrainable += p.nonTrainable();
    }
    type.addField(constant(STRING, NAME, CodeBlock.of("$S", model.simpleName()), "The network's name."));
    type.addField(constant(ArrayTypeName.of(TypeName.INT), INPUT_SHAPE,
        CodeBlock.of("{$L}", Names.dimList(model.input().dims())), "One example's input shape."));
    type.addField(constant(ArrayTypeName.of(TypeName.INT), OUTPUT_SHAPE,
        CodeBlock.of("{$L}", Names.dimList(model.output().dims())), "One example's output shape."));
    type.addField(constant(TypeName.LONG, TRAINABLE_PARAMS, CodeBlock.of("$LL", trainable),
        "Trainable parameters, as the processor counted them."));
    type.addField(constant(TypeName.LONG, NON_TRAINABLE_PARAMS, CodeBlock.of("$LL", nonTrainable),
        "Non-trainable parameters (moving statistics)."));
    type.addField(constant(TypeName.INT, BATCH_SIZES_KEPT, CodeBlock.of("$L", ModelClassWriter.BATCH_SIZES_KEPT),
        "How many batch sizes keep their buffers at once, per mode."));
    type.addField(constant(STRING, ARCHITECTURE, CodeBlock.of("$S", model.architecture()),
        "The canonical architecture text (see {@code NetworkModel.architecture()})."));
    type.addField(constant(TypeNames.MODEL_SUMMARY, SUMMARY, summary(model.summary()), "The Keras-style summary."));
  }

  private static CodeBlock summary(ModelSummary summary) {
    CodeBlock.Builder rows = CodeBlock.builder();
    for (int i = 0; i < summary.layers().size(); i++) {
      var l = summary.layers().get(i);
      rows.add(i == 0 ? "\n" : ",\n");
      if (l.connectedTo().isEmpty()) {
        rows.add("new $T($S, $S, $L, $LL, $LL, $LL)", TypeNames.LAYER_SUMMARY, l.name(), l.type(),
            Names.intArray(l.outputShape()), l.trainableParams(), l.nonTrainableParams(), l.macs());
      } else {
        CodeBlock.Builder inputs = CodeBlock.builder().add("$T.of(", TypeNames.LIST);
        for (int k = 0; k < l.connectedTo().size(); k++) {
          inputs.add(k == 0 ? "$S" : ", $S", l.connectedTo().get(k));
        }
        rows.add("new $T($S, $S, $L, $LL, $LL, $LL, $L)", TypeNames.LAYER_SUMMARY, l.name(), l.type(),
            Names.intArray(l.outputShape()), l.trainableParams(), l.nonTrainableParams(), l.macs(),
            inputs.add(")").build());
      }
    }
    return CodeBlock.builder()
        .add("new $T($S, $L, $T.of(", TypeNames.MODEL_SUMMARY, summary.name(), Names.intArray(summary.inputShape()),
            TypeNames.LIST)
        .indent().indent().add(rows.build()).unindent().unindent()
        .add("))")
        .build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer(value)
        .build();
  }
}
