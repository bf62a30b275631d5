package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.DepthwiseConv2DSpec;
import dev.lamina.processor.model.LayerNode;

/**
 * {@code @DepthwiseConv2D}: {@code DepthwiseConv2DKernel}, depthwise kernel {@code [kH, kW, c, m]},
 * bias {@code [c*m]}.
 */
final class DepthwiseConv2DWriter extends ConvWriter {
  private final DepthwiseConv2DSpec spec;

  DepthwiseConv2DWriter(LayerNode node, DepthwiseConv2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad, spec.window(), spec.useBias(), TypeNames.handle("DepthwiseConv2DLayer"),
        TypeNames.DEPTHWISE_CONV2D_KERNEL, "depthwise_kernel");
    this.spec = spec;
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L, $L, $L, $L)", TypeNames.config("DepthwiseConv2DConfig"), spec.depthMultiplier(),
        window(spec.window()), declaredActivation(), spec.useBias());
  }
}
