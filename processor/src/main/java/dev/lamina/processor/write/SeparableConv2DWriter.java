package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.SeparableConv2DSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code @SeparableConv2D}: {@code SeparableConv2DKernel}, depthwise kernel {@code [kH, kW, c, m]},
 * pointwise kernel {@code [1, 1, c*m, filters]}, bias {@code [filters]}; keeps the depthwise result
 * {@code [N, oh, ow, c*m]} for the backward pass.
 */
final class SeparableConv2DWriter extends LayerWriter {
  private final SeparableConv2DSpec spec;

  SeparableConv2DWriter(LayerNode node, SeparableConv2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  private String depthwise() {
    return Names.join(name(), "Depthwise");
  }

  private String depthwiseGrad() {
    return Names.join(name(), "DepthwiseGrad");
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("SeparableConv2DLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L, $L, $L)", TypeNames.config("SeparableConv2DConfig"), spec.filters(),
        spec.depthMultiplier(), window(spec.window()), declaredActivation(), spec.useBias());
  }

  @Override
  List<String> handleParameters() {
    return List.of(parameter("depthwise_kernel"), parameter("pointwise_kernel"), parameter("bias"));
  }

  @Override
  boolean kernelFusesActivation() {
    return true;
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.SEPARABLE_CONV2D_KERNEL,
        CodeBlock.of("new $T($L, $L, $T.$L)", TypeNames.SEPARABLE_CONV2D_KERNEL, window(spec.window()),
            spec.useBias(), TypeNames.ACTIVATION_FUNCTION, kernelActivation().name())));
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    int[] out = node().output().dims();
    int[] pointwise = tensor("pointwise_kernel").orElseThrow().shape();
    int[] dims = {out[0], out[1], pointwise[2]};
    plan.allocate(depthwise(), dims);
    plan.allocateForTraining(depthwiseGrad(), dims);
    super.declareBuffers(plan);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L, $L, $L,\n$L, $L, $L, $L.training)", opField(), b(in()),
        value("depthwise_kernel"), value("pointwise_kernel"), value("bias"), b(depthwise()), b(z()),
        b(fused() ? out() : z()), BUFFERS);
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    String y = fused() ? out() : z();
    String gradY = fused() ? outGrad() : zGrad();
    code.addStatement("$N.backward($L, $L, $L, $L, $L,\n$L, $L, $L, $L, $L,\n$L, $L, $L, $L)", opField(), b(in()),
        value("depthwise_kernel"), value("pointwise_kernel"), value("bias"), b(depthwise()), b(z()), b(y),
        b(gradY), b(zGrad()), b(depthwiseGrad()), inGradArgument(), gradient("depthwise_kernel"),
        gradient("pointwise_kernel"), gradient("bias"));
  }
}
