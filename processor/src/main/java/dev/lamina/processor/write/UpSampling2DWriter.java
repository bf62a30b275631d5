package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.UpSampling2DSpec;
import java.util.Optional;

/** {@code @UpSampling2D}: {@code UpSampling2DKernel}, nearest or bilinear, no parameters. */
final class UpSampling2DWriter extends LayerWriter {
  private final UpSampling2DSpec spec;

  UpSampling2DWriter(LayerNode node, UpSampling2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("ReshapingLayer");
  }

  private CodeBlock arguments() {
    return CodeBlock.of("$L, $L, $T.$L", spec.size().height(), spec.size().width(), TypeNames.INTERPOLATION,
        spec.interpolation().name());
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("UpSampling2DConfig"), arguments());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.UP_SAMPLING2D_KERNEL,
        CodeBlock.of("new $T($L)", TypeNames.UP_SAMPLING2D_KERNEL, arguments())));
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
