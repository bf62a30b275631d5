package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.LayerNode;

/** {@code @Conv2D}: {@code Conv2DKernel}, kernel {@code [kH, kW, in, filters]}, bias {@code [filters]}. */
final class Conv2DWriter extends ConvWriter {
  private final Conv2DSpec spec;

  Conv2DWriter(LayerNode node, Conv2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad, spec.window(), spec.useBias(), TypeNames.handle("Conv2DLayer"), TypeNames.CONV2D_KERNEL,
        "kernel");
    this.spec = spec;
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.config("Conv2DConfig"), spec.filters(), window(spec.window()),
        declaredActivation(), spec.useBias());
  }
}
