package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.PoolSpec;
import java.util.Optional;

/** {@code @MaxPool} and {@code @AvgPool}: {@code Pool2DKernel}, no parameters. */
final class PoolWriter extends LayerWriter {
  private final PoolSpec spec;

  PoolWriter(LayerNode node, PoolSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("PoolingLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($T.$L, $L)", TypeNames.config("PoolingConfig"), TypeNames.POOL_MODE, spec.kind().name(),
        window(spec.window()));
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.POOL2D_KERNEL, CodeBlock.of("new $T($T.$L, $L)", TypeNames.POOL2D_KERNEL,
        TypeNames.POOL_MODE, spec.kind().name(), window(spec.window()))));
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L, $L.training)", opField(), b(in()), b(z()), BUFFERS);
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L, $L)", opField(), b(in()), b(zGrad()), b(inGrad()));
  }
}
