package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code forward} and {@code backward}: check the argument, pick the batch's buffers, copy the batch
 * in, then call each layer's method in order (forward) or in reverse (backward); plus the per-layer
 * methods themselves and the numeric check they share.
 */
final class Passes {
  private final NetworkPlan network;

  Passes(NetworkPlan network) {
    this.network = network;
  }

  void addTo(TypeSpec.Builder type) {
    type.addMethod(forward());
    type.addMethod(backward());
    type.addMethod(backwardParameters());
    type.addMethod(backpropagate());
    List<LayerWriter> layers = network.layers();
    for (LayerWriter layer : layers) {
      type.addMethod(layer.forwardMethod(network.buffers()));
      type.addMethod(layer.backwardMethod(network.buffers(), takesTarget(layer)));
    }
    type.addMethod(MethodSpec.methodBuilder("checkFinite")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "layer")
        .addParameter(TypeNames.INDARRAY, "values")
        .beginControlFlow("if (checkNumerics)")
        .addStatement("$T.requireFinite($N, layer, values)", TypeNames.NUMERICS, Constants.NAME)
        .endControlFlow()
        .build());
  }

  /** Whether {@code layer}'s backward method takes the gradient target: the last layer, when activated. */
  private boolean takesTarget(LayerWriter layer) {
    return takesTarget(network, layer);
  }

  /** Whether {@code layer}'s backward method in {@code network} takes the gradient target. */
  static boolean takesTarget(NetworkPlan network, LayerWriter layer) {
    return layer == network.last() && layer.activated();
  }

  private MethodSpec forward() {
    String b = LayerWriter.BUFFERS;
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("int n = $T.requireInput($N, $N, dataType, input)", TypeNames.INPUT_CHECK, Constants.NAME,
            Constants.INPUT_SHAPE)
        .addStatement("use.enter()")
        .beginControlFlow("try")
        .addStatement("$T $N = training ? trainingBuffers.get(n) : inferenceBuffers.get(n)", network.buffers(), b)
        .beginControlFlow("if (training)")
        .addStatement("lastTraining = null")
        .endControlFlow()
        .addStatement("$T.copy(input, $L)", TypeNames.BUFFER_OPS, LayerWriter.b(NetworkPlan.INPUT))
        .addStatement("checkFinite($S, $L)", "input", LayerWriter.b(NetworkPlan.INPUT))
        .addStatement("clock.start()");
    for (LayerWriter layer : network.layers()) {
      code.addStatement("$N($N)", layer.forwardName(), b);
      code.addStatement("clock.lap($S, $T.FORWARD)", layer.name(), TypeNames.PASS);
    }
    code.beginControlFlow("if (training)")
        .addStatement("lastTraining = $N", b)
        .endControlFlow()
        .addStatement("return $L", LayerWriter.b(network.last().out()))
        .nextControlFlow("finally")
        .addStatement("use.exit()")
        .endControlFlow();
    return MethodSpec.methodBuilder("forward")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.INDARRAY)
        .addParameter(TypeNames.INDARRAY, "input")
        .addParameter(TypeName.BOOLEAN, "training")
        .addCode(code.build())
        .build();
  }

  private MethodSpec backward() {
    return MethodSpec.methodBuilder("backward")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.INDARRAY)
        .addParameter(TypeNames.INDARRAY, "outputGradient")
        .addParameter(TypeNames.GRADIENT_TARGET, "target")
        .addStatement("return backpropagate(outputGradient, target, true)")
        .build();
  }

  private MethodSpec backwardParameters() {
    return MethodSpec.methodBuilder("backwardParameters")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.INDARRAY, "outputGradient")
        .addParameter(TypeNames.GRADIENT_TARGET, "target")
        .addStatement("backpropagate(outputGradient, target, false)")
        .build();
  }

  /** The backward pass; the input gradient only when {@code inputGradient}. */
  private MethodSpec backpropagate() {
    String b = LayerWriter.BUFFERS;
    LayerWriter last = network.last();
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T.requireNonNull(target, $S)", Objects.class, "target")
        .addStatement("use.enter()")
        .beginControlFlow("try")
        .addStatement("$T $N = lastTraining", network.buffers(), b)
        .beginControlFlow("if ($N == null)", b)
        .addStatement("throw new $T($N + $S)", IllegalStateException.class, Constants.NAME,
            ".backward needs a training forward pass first: call forward(input, true)")
        .endControlFlow()
        .addStatement("$T.requireGradient($N, $L, outputGradient)", TypeNames.INPUT_CHECK, Constants.NAME,
            LayerWriter.b(last.out()));
    if (!last.activated()) {
      code.addStatement("$T.copy(outputGradient, $L)", TypeNames.BUFFER_OPS, LayerWriter.b(last.outGrad()));
    } else {
      code.addStatement("$T.copy(outputGradient, $N == $T.LOGITS ? $L : $L)", TypeNames.BUFFER_OPS, "target",
          TypeNames.GRADIENT_TARGET,
          LayerWriter.b(last.zGrad()), LayerWriter.b(last.outGrad()));
    }
    code.addStatement("clock.start()");
    List<LayerWriter> layers = network.layers();
    for (int i = layers.size() - 1; i >= 0; i--) {
      LayerWriter layer = layers.get(i);
      CodeBlock.Builder args = CodeBlock.builder().add("$N", b);
      if (takesTarget(layer)) {
        args.add(", target");
      }
      if (layer.skipsInputGradient()) {
        args.add(", inputGradient");
      }
      code.addStatement("$N($L)", layer.backwardName(), args.build());
      code.addStatement("clock.lap($S, $T.BACKWARD)", layer.name(), TypeNames.PASS);
    }
    code.addStatement("return inputGradient ? $L : null", LayerWriter.b(NetworkPlan.INPUT_GRAD))
        .nextControlFlow("finally")
        .addStatement("use.exit()")
        .endControlFlow();
    return MethodSpec.methodBuilder("backpropagate")
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeNames.INDARRAY)
        .addParameter(TypeNames.INDARRAY, "outputGradient")
        .addParameter(TypeNames.GRADIENT_TARGET, "target")
        .addParameter(TypeName.BOOLEAN, "inputGradient")
        .addCode(code.build())
        .build();
  }
}
