package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import java.util.Optional;

/**
 * {@code @Flatten}: no computation. Its output is a {@code [N, h*w*c]} view of its input and its
 * gradient a view of the previous layer's gradient, so both passes only document the view.
 */
final class FlattenWriter extends LayerWriter {

  FlattenWriter(LayerNode node, String in, String inGrad) {
    super(node, in, inGrad);
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("FlattenLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T()", TypeNames.config("FlattenConfig"));
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.empty();
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    plan.define(out(), CodeBlock.of("$T.flatten($N)", TypeNames.VIEWS, in()));
    plan.define(outGrad(), CodeBlock.of("training ? $T.flatten($N) : null", TypeNames.VIEWS, inGrad()));
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.add("// $L is a view of $L: nothing to compute\n", out(), in());
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.add("// $L is a view of $L: nothing to compute\n", outGrad(), inGrad());
  }
}
