package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.UpSampling2DSpec;

/** {@code @UpSampling2D}: {@code UpSampling2DKernel}, nearest or bilinear, no parameters. */
final class UpSampling2DWriter extends ReshapingWriter {
  private final UpSampling2DSpec spec;

  UpSampling2DWriter(LayerNode node, UpSampling2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad, "UpSampling2DConfig", TypeNames.UP_SAMPLING2D_KERNEL);
    this.spec = spec;
  }

  /** {@code sizeHeight, sizeWidth, Interpolation.NEAREST}. */
  @Override
  CodeBlock arguments() {
    return CodeBlock.of("$L, $L, $T.$L", spec.size().height(), spec.size().width(), TypeNames.INTERPOLATION,
        spec.interpolation().name());
  }
}
