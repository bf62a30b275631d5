package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.Margins;
import dev.lamina.processor.model.ZeroPadding2DSpec;
import java.util.Optional;

/** {@code @ZeroPadding2D}: {@code ZeroPadding2DKernel}, which adds zero rows and columns; no parameters. */
final class ZeroPadding2DWriter extends LayerWriter {
  private final ZeroPadding2DSpec spec;

  ZeroPadding2DWriter(LayerNode node, ZeroPadding2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("ReshapingLayer");
  }

  /** {@code new Margins2D(top, bottom, left, right)}. */
  private CodeBlock margins() {
    Margins m = spec.padding();
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.MARGINS_2D, m.top(), m.bottom(), m.left(), m.right());
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("ZeroPadding2DConfig"), margins());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.ZERO_PADDING2D_KERNEL,
        CodeBlock.of("new $T($L)", TypeNames.ZERO_PADDING2D_KERNEL, margins())));
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    declareOutput(plan);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L)", opField(), b(in()), b(z()));
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L)", opField(), b(zGrad()), b(inGrad()));
  }
}
