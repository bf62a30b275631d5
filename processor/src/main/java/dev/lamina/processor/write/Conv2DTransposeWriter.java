package dev.lamina.processor.write;

import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.LayerNode;

/**
 * {@code @Conv2DTranspose}: {@code Conv2DTransposeKernel}, kernel {@code [kH, kW, filters, in]}
 * (Keras's layout), bias {@code [filters]}.
 */
final class Conv2DTransposeWriter extends ConvWriter {
  Conv2DTransposeWriter(LayerNode node, Conv2DTransposeSpec spec, String in, String inGrad) {
    super(node, in, inGrad, spec.window(), spec.useBias(), TypeNames.handle("Conv2DTransposeLayer"),
        TypeNames.CONV2D_TRANSPOSE_KERNEL, "kernel");
  }
}
