package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.LayerNode;
import java.util.List;
import java.util.Optional;

/** {@code @Dense}: {@code DenseKernel}, kernel {@code [features, units]}, bias {@code [units]}. */
final class DenseWriter extends LayerWriter {
  private final DenseSpec spec;

  DenseWriter(LayerNode node, DenseSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("DenseLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L)", TypeNames.config("DenseConfig"), spec.units(), declaredActivation(),
        spec.useBias());
  }

  @Override
  List<String> handleParameters() {
    return List.of(parameter("kernel"), parameter("bias"));
  }

  @Override
  boolean kernelFusesActivation() {
    return true;
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.DENSE_KERNEL, CodeBlock.of("new $T($L, $T.$L)", TypeNames.DENSE_KERNEL,
        spec.useBias(), TypeNames.ACTIVATION_FUNCTION, kernelActivation().name())));
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L, $L, $L, $L, $L.training)", opField(), b(in()), value("kernel"),
        value("bias"), b(z()), b(fused() ? out() : z()), BUFFERS);
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    String y = fused() ? out() : z();
    String gradY = fused() ? outGrad() : zGrad();
    code.addStatement("$N.backward($L, $L, $L, $L, $L,\n$L, $L, $L, $L, $L)", opField(), b(in()), value("kernel"),
        value("bias"), b(z()), b(y), b(gradY), b(zGrad()), inGradArgument(), gradient("kernel"), gradient("bias"));
  }
}
