package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.Margins;
import dev.lamina.processor.model.Cropping2DSpec;
import java.util.Optional;

/** {@code @Cropping2D}: {@code Cropping2DKernel}, which removes border rows and columns; no parameters. */
final class Cropping2DWriter extends LayerWriter {
  private final Cropping2DSpec spec;

  Cropping2DWriter(LayerNode node, Cropping2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("ReshapingLayer");
  }

  /** {@code new Margins2D(top, bottom, left, right)}. */
  private CodeBlock margins() {
    Margins m = spec.cropping();
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.MARGINS_2D, m.top(), m.bottom(), m.left(), m.right());
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("Cropping2DConfig"), margins());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.CROPPING2D_KERNEL,
        CodeBlock.of("new $T($L)", TypeNames.CROPPING2D_KERNEL, margins())));
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
