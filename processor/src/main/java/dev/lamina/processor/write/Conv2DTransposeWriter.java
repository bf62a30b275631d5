package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.LayerNode;

/**
 * {@code @Conv2DTranspose}: {@code Conv2DTransposeKernel}, kernel {@code [kH, kW, filters, in]}
 * (Keras's layout), bias {@code [filters]}.
 */
final class Conv2DTransposeWriter extends ConvWriter {
  private final Conv2DTransposeSpec spec;

  Conv2DTransposeWriter(LayerNode node, Conv2DTransposeSpec spec, String in, String inGrad) {
    super(node, in, inGrad, spec.window(), spec.useBias(), TypeNames.handle("Conv2DTransposeLayer"),
        TypeNames.CONV2D_TRANSPOSE_KERNEL, "kernel");
    this.spec = spec;
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.config("Conv2DTransposeConfig"), spec.filters(),
        window(spec.window()), declaredActivation(), spec.useBias());
  }
}
