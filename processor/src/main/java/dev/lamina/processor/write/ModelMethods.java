package dev.lamina.processor.write;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** {@code Model}'s accessors and switches (everything but the two passes). */
final class ModelMethods {
  private final NetworkPlan network;

  ModelMethods(NetworkPlan network) {
    this.network = network;
  }

  void addTo(TypeSpec.Builder type) {
    type.addMethod(getter("name", TypeName.get(String.class), CodeBlock.of("return $N", Constants.NAME)));
    type.addMethod(getter("summary", TypeNames.MODEL_SUMMARY, CodeBlock.of("return $N", Constants.SUMMARY)));
    type.addMethod(getter("inputShape", ArrayTypeName.of(TypeName.INT),
        CodeBlock.of("return $N.clone()", Constants.INPUT_SHAPE)));
    type.addMethod(getter("outputShape", ArrayTypeName.of(TypeName.INT),
        CodeBlock.of("return $N.clone()", Constants.OUTPUT_SHAPE)));
    type.addMethod(getter("dataType", TypeNames.DATA_TYPE, CodeBlock.of("return dataType")));
    type.addMethod(getter("outputActivation", TypeNames.ACTIVATION_FUNCTION,
        CodeBlock.of("return $T.$L", TypeNames.ACTIVATION_FUNCTION, network.last().activation().name())));
    type.addMethod(getter("layers", TypeNames.LAYER_LIST, CodeBlock.of("return layers")));
    type.addMethod(getter("parameters", TypeNames.PARAMETERS, CodeBlock.of("return parameters")));
    type.addMethod(getter("architecture", TypeName.get(String.class),
        CodeBlock.of("return $N", Constants.ARCHITECTURE)));
    type.addMethod(seedDropout());
    type.addMethod(MethodSpec.methodBuilder("checkNumerics")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeName.BOOLEAN, "enabled")
        .addStatement("this.checkNumerics = enabled")
        .build());
    type.addMethod(MethodSpec.methodBuilder("profile")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.LAYER_PROFILER, "profiler")
        .addStatement("clock.profiler(profiler)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("replica")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(network.generated())
        .addStatement("$T replica = new $T(0L, dataType)", network.generated(), network.generated())
        .addStatement("replica.parameters.copyFrom(parameters)")
        .addStatement("replica.checkNumerics = checkNumerics")
        .addStatement("return replica")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $N + $S + dataType + $S + $N + $S", Constants.NAME, " (", ", ",
            Constants.TRAINABLE_PARAMS, " trainable parameters)")
        .build());
  }

  private MethodSpec seedDropout() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("seedDropout")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeName.LONG, "seed");
    boolean any = false;
    for (LayerWriter layer : network.layers()) {
      if (layer instanceof DropoutWriter dropout) {
        method.addStatement(dropout.reseed());
        any = true;
      }
    }
    if (!any) {
      method.addComment("$L has no dropout layer", network.model().simpleName());
    }
    return method.build();
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement(body)
        .build();
  }
}
