package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import java.util.Optional;

/**
 * A layer that only moves values, with no parameters ({@code ReshapingLayer} handle): its kernel and
 * its configuration take the same constructor arguments, and its passes are one kernel call each,
 * {@code forward(in, out)} and {@code backward(outGrad, inGrad)}. Its kernels accept strided arrays, so
 * a concatenation can give it a channel slice as its output (see {@link NetworkPlan}).
 */
abstract class ReshapingWriter extends LayerWriter {
  private final String configName;
  private final ClassName kernelType;

  /**
   * @param configName the simple name of the layer's record in {@code dev.lamina.runtime.layer.config}
   * @param kernelType the runtime kernel
   */
  ReshapingWriter(LayerNode node, String in, String inGrad, String configName, ClassName kernelType) {
    super(node, in, inGrad);
    this.configName = configName;
    this.kernelType = kernelType;
  }

  /** The arguments the configuration record and the kernel share, e.g. {@code new Margins2D(1, 1, 0, 0)}. */
  abstract CodeBlock arguments();

  @Override
  final ClassName handleType() {
    return TypeNames.handle("ReshapingLayer");
  }

  @Override
  final CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config(configName), arguments());
  }

  @Override
  final Optional<Kernel> kernel() {
    return Optional.of(new Kernel(kernelType, CodeBlock.of("new $T($L)", kernelType, arguments())));
  }

  @Override
  final void declareBuffers(BufferPlan plan) {
    declareOutput(plan);
  }

  @Override
  final void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L)", opField(), b(in()), b(z()));
  }

  @Override
  final void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L)", opField(), b(zGrad()), b(inGrad()));
  }
}
