package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.ZeroPadding2DSpec;

/** {@code @ZeroPadding2D}: {@code ZeroPadding2DKernel}, which adds zero rows and columns; no parameters. */
final class ZeroPadding2DWriter extends ReshapingWriter {
  private final ZeroPadding2DSpec spec;

  ZeroPadding2DWriter(LayerNode node, ZeroPadding2DSpec spec, String in, String inGrad) {
    super(node, in, inGrad, "ZeroPadding2DConfig", TypeNames.ZERO_PADDING2D_KERNEL);
    this.spec = spec;
  }

  /** {@code new Margins2D(top, bottom, left, right)}. */
  @Override
  CodeBlock arguments() {
    return TypeNames.margins(spec.padding());
  }
}
