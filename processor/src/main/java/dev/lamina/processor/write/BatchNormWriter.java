package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.BatchNormSpec;
import dev.lamina.processor.model.LayerNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code @BatchNorm}: {@code BatchNormKernel}; batch statistics and moving-average updates in training,
 * moving statistics at inference; keeps the normalized input for the backward pass.
 */
final class BatchNormWriter extends LayerWriter {
  private final BatchNormSpec spec;

  BatchNormWriter(LayerNode node, BatchNormSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  private String normalized() {
    return Names.join(name(), "Normalized");
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("BatchNormLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.config("BatchNormConfig"), spec.momentum(), spec.epsilon(),
        spec.center(), spec.scale());
  }

  @Override
  List<String> handleParameters() {
    return List.of(parameter("gamma"), parameter("beta"), parameter("moving_mean"), parameter("moving_variance"));
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.BATCH_NORM_KERNEL, CodeBlock.of("new $T($L, $L, $L, dataType)",
        TypeNames.BATCH_NORM_KERNEL, node().output().lastAxis(), spec.momentum(), spec.epsilon())));
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    plan.allocateForTraining(normalized(), node().output().dims());
    super.declareBuffers(plan);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.beginControlFlow("if ($L.training)", BUFFERS)
        .addStatement("$N.forwardTraining($L, $L, $L,\n$L, $L, $L, $L)", opField(), b(in()), value("gamma"),
            value("beta"), value("moving_mean"), value("moving_variance"), b(normalized()), b(z()))
        .nextControlFlow("else")
        .addStatement("$N.forwardInference($L, $L, $L,\n$L, $L, $L)", opField(), b(in()), value("gamma"),
            value("beta"), value("moving_mean"), value("moving_variance"), b(z()))
        .endControlFlow();
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L, $L,\n$L, $L, $L)", opField(), b(zGrad()), value("gamma"), b(normalized()),
        b(inGrad()), gradient("gamma"), gradient("beta"));
  }
}
