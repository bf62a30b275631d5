package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.Window;
import java.util.List;
import java.util.Optional;

/**
 * What the convolutions with one kernel tensor and an optional bias share: a kernel object built
 * from the window and {@code useBias}, {@code forward(x, kernel, bias, z)} and
 * {@code backward(x, kernel, bias, gradZ, gradX, gradKernel, gradBias)}.
 */
abstract class ConvWriter extends LayerWriter {
  private final Window window;
  private final boolean useBias;
  private final ClassName handleType;
  private final ClassName kernelType;
  private final String kernelTensor;

  ConvWriter(LayerNode node, String in, String inGrad, Window window, boolean useBias, ClassName handleType,
      ClassName kernelType, String kernelTensor) {
    super(node, in, inGrad);
    this.window = window;
    this.useBias = useBias;
    this.handleType = handleType;
    this.kernelType = kernelType;
    this.kernelTensor = kernelTensor;
  }

  @Override
  final ClassName handleType() {
    return handleType;
  }

  @Override
  final List<String> handleParameters() {
    return List.of(parameter(kernelTensor), parameter("bias"));
  }

  @Override
  final boolean kernelFusesActivation() {
    return true;
  }

  @Override
  final Optional<Kernel> kernel() {
    return Optional.of(new Kernel(kernelType, CodeBlock.of("new $T($L, $L, $T.$L)", kernelType, window(window),
        useBias, TypeNames.ACTIVATION_FUNCTION, kernelActivation().name())));
  }

  @Override
  final void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L, $L, $L, $L, $L.training)", opField(), b(in()), value(kernelTensor),
        value("bias"), b(z()), b(fused() ? out() : z()), BUFFERS);
  }

  @Override
  final void backwardCore(CodeBlock.Builder code) {
    String y = fused() ? out() : z();
    String gradY = fused() ? outGrad() : zGrad();
    code.addStatement("$N.backward($L, $L, $L, $L, $L,\n$L, $L, $L, $L, $L)", opField(), b(in()), value(kernelTensor),
        value("bias"), b(z()), b(y), b(gradY), b(zGrad()), inGradArgument(), gradient(kernelTensor), gradient("bias"));
  }
}
