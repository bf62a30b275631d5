package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.Cropping2DSpec;
import dev.lamina.processor.model.LayerNode;

/** {@code @Cropping2D}: {@code Cropping2DKernel}, which removes border rows and columns; no parameters. */
final class Cropping2DWriter extends ReshapingWriter {
  private final Cropping2DSpec spec;

  Cropping2DWriter(LayerNode node, Cropping2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad, "Cropping2DConfig", TypeNames.CROPPING2D_KERNEL);
    this.spec = spec;
  }

  /** {@code new Margins2D(top, bottom, left, right)}. */
  @Override
  CodeBlock arguments() {
    return TypeNames.margins(spec.cropping());
  }
}
