package dev.lamina.processor.write;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lamina.processor.model.NetworkModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Assembles {@code LaminaX}: constants, fields, constructor and factories, the interface's layer
 * methods, {@code Model}'s methods, the per-layer forward and backward methods, and the buffers class.
 */
final class ModelClassWriter {
  /** How many batch sizes keep buffers at once, per mode (inference and training). */
  static final int BATCH_SIZES_KEPT = 3;

  private final NetworkPlan network;

  ModelClassWriter(NetworkPlan network) {
    this.network = network;
  }

  /**
   * The class.
   *
   * @param generatedAnnotation {@code @Generated}, when the target release has it
   */
  TypeSpec write(Optional<AnnotationSpec> generatedAnnotation) {
    NetworkModel model = network.model();
    TypeSpec.Builder type = TypeSpec.classBuilder(network.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(network.declared())
        .addSuperinterface(TypeNames.MODEL)
        .addJavadoc(ClassJavadoc.of(network));
    generatedAnnotation.ifPresent(type::addAnnotation);
    new Constants(model).addTo(type);
    addFields(type);
    type.addMethod(constructor());
    addFactories(type);
    for (LayerWriter layer : network.layers()) {
      type.addMethod(LayerMembers.handleMethod(layer));
    }
    new ModelMethods(network).addTo(type);
    new Passes(network).addTo(type);
    BufferPlan plan = new BufferPlan();
    int[] input = model.input().dims();
    plan.group("input", "input: " + Names.batchShape(input));
    plan.allocate(NetworkPlan.INPUT, input);
    plan.allocateForTraining(NetworkPlan.INPUT_GRAD, input);
    for (LayerWriter layer : network.layers()) {
      plan.group(layer.name(), layer.shapeLine());
      layer.declareAllBuffers(plan);
    }
    type.addType(plan.buffersClass());
    return type.build();
  }

  private void addFields(TypeSpec.Builder type) {
    TypeName cache = ParameterizedTypeName.get(TypeNames.BATCH_CACHE, network.buffers());
    type.addField(FieldSpec.builder(TypeNames.DATA_TYPE, "dataType", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addField(FieldSpec.builder(TypeNames.PARAMETERS, "parameters", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addField(FieldSpec.builder(TypeNames.LAYER_LIST, "layers", Modifier.PRIVATE, Modifier.FINAL).build());
    for (LayerWriter layer : network.layers()) {
      LayerMembers.fields(layer).forEach(type::addField);
    }
    type.addField(FieldSpec.builder(cache, "inferenceBuffers", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Inference buffers (no gradients) per batch size.\n").build());
    type.addField(FieldSpec.builder(cache, "trainingBuffers", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Training buffers (activations and gradients) per batch size.\n").build());
    type.addField(FieldSpec.builder(network.buffers(), "lastTraining", Modifier.PRIVATE)
        .addJavadoc("The buffers of the last complete training forward pass, which backward reads; null before one.\n")
        .build());
    type.addField(FieldSpec.builder(TypeName.BOOLEAN, "checkNumerics", Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(TypeNames.LAYER_CLOCK, "clock", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T()", TypeNames.LAYER_CLOCK).build());
    type.addField(FieldSpec.builder(TypeNames.EXCLUSIVE_USE, "use", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Fails a second thread entering forward or backward while one is inside.\n")
        .initializer("new $T($N)", TypeNames.EXCLUSIVE_USE, Constants.NAME).build());
  }

  private MethodSpec constructor() {
    String allocator = "allocator";
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("this.dataType = dataType")
        .addStatement("$T $N = new $T($N, dataType, $N, $N, seed)", TypeNames.PARAMETER_ALLOCATOR, allocator,
            TypeNames.PARAMETER_ALLOCATOR, Constants.NAME, Constants.TRAINABLE_PARAMS, Constants.NON_TRAINABLE_PARAMS);
    for (LayerWriter layer : network.layers()) {
      code.add(LayerMembers.initialization(layer, allocator));
    }
    code.addStatement("this.parameters = $N.build()", allocator);
    CodeBlock.Builder handles = CodeBlock.builder();
    for (int i = 0; i < network.layers().size(); i++) {
      handles.add(i == 0 ? "$N" : ",$W$N", network.layers().get(i).handleField());
    }
    code.addStatement("this.layers = $T.of($L)", TypeNames.LIST, handles.build())
        .addStatement("this.inferenceBuffers = new $T<>($N, n -> new $T(n, false))", TypeNames.BATCH_CACHE,
            Constants.BATCH_SIZES_KEPT, network.buffers())
        .addStatement("this.trainingBuffers = new $T<>($N, n -> new $T(n, true))", TypeNames.BATCH_CACHE,
            Constants.BATCH_SIZES_KEPT, network.buffers());
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(TypeName.LONG, "seed")
        .addParameter(TypeNames.DATA_TYPE, "dataType")
        .addCode(code.build())
        .build();
  }

  private void addFactories(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(network.generated())
        .addParameter(TypeName.LONG, "seed")
        .addJavadoc("A new $L in {@code FLOAT}, its parameters initialized from {@code seed}.\n",
            network.model().simpleName())
        .addStatement("return create(seed, $T.FLOAT)", TypeNames.DATA_TYPE)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(network.generated())
        .addParameter(TypeName.LONG, "seed")
        .addParameter(TypeNames.DATA_TYPE, "dataType")
        .addJavadoc("A new $L, its parameters initialized from {@code seed}: the same seed gives the same\n"
            + "parameters in both data types.\n\n"
            + "@param seed picks every initial parameter value and the first dropout masks\n"
            + "@param dataType {@code FLOAT} (training speed) or {@code DOUBLE} (gradient checks)\n"
            + "@throws IllegalArgumentException for another data type\n", network.model().simpleName())
        .beginControlFlow("if (dataType != $T.FLOAT && dataType != $T.DOUBLE)", TypeNames.DATA_TYPE,
            TypeNames.DATA_TYPE)
        .addStatement("throw new $T($N + $S + dataType)", IllegalArgumentException.class, Constants.NAME,
            " runs in FLOAT or DOUBLE, got ")
        .endControlFlow()
        .addStatement("return new $T(seed, dataType)", network.generated())
        .build());
  }
}
