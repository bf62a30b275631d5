package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import java.util.Optional;

/**
 * {@code @Activation}: only the shared activation step, applied to the input itself (its values before
 * activation are the previous layer's output). A LINEAR activation layer's output is its input.
 */
final class ActivationWriter extends LayerWriter {

  ActivationWriter(LayerNode node, String in, String inGrad) {
    super(node, in, inGrad);
  }

  @Override
  String z() {
    return in();
  }

  @Override
  String zGrad() {
    return inGrad();
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("ActivationLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("ActivationConfig"), declaredActivation());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.empty();
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    if (activated()) {
      int[] dims = node().output().dims();
      plan.allocate(out(), dims);
      plan.allocateForTraining(outGrad(), dims);
    } else {
      plan.define(out(), CodeBlock.of("$N", in()));
      plan.define(outGrad(), CodeBlock.of("$N", inGrad()));
    }
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    if (!activated()) {
      code.add("// LINEAR: the output is the input itself\n");
    }
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    if (!activated()) {
      code.add("// LINEAR: the gradient passes through unchanged\n");
    }
  }
}
