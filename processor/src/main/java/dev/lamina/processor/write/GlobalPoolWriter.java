package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.GlobalPoolSpec;
import dev.lamina.processor.model.LayerNode;
import java.util.Optional;

/** {@code @GlobalMaxPool} and {@code @GlobalAvgPool}: {@code GlobalPoolKernel} over the input's height and width. */
final class GlobalPoolWriter extends LayerWriter {
  private final GlobalPoolSpec spec;

  GlobalPoolWriter(LayerNode node, GlobalPoolSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("PoolingLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($T.$L)", TypeNames.config("GlobalPoolingConfig"), TypeNames.POOL_MODE,
        spec.kind().name());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.GLOBAL_POOL_KERNEL, CodeBlock.of("new $T($T.$L)",
        TypeNames.GLOBAL_POOL_KERNEL, TypeNames.POOL_MODE, spec.kind().name())));
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L)", opField(), b(in()), b(z()));
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L, $L)", opField(), b(in()), b(zGrad()), b(inGrad()));
  }
}
