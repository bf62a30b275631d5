package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Concatenate}: {@code ConcatKernel}, which copies each input into its channels of the output
 * (and back for the gradients); no parameters; an activation as a separate step.
 */
final class ConcatenateWriter extends LayerWriter {

  ConcatenateWriter(LayerNode node, List<String> ins, List<String> inGrads) {
    super(node, ins, inGrads);
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("MergeLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("ConcatenateConfig"), declaredActivation());
  }

  /** Each input's channel count (its last size), in order. */
  private String channels() {
    StringBuilder sb = new StringBuilder();
    for (int[] d : inputDims()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(d[d.length - 1]);
    }
    return sb.toString();
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.CONCAT_KERNEL,
        CodeBlock.of("new $T($L)", TypeNames.CONCAT_KERNEL, channels())));
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    super.declareBuffers(plan);
    InputArrays.declare(this, plan);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L)", opField(), b(InputArrays.ins(this)), b(z()));
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L)", opField(), b(zGrad()), b(InputArrays.inGrads(this)));
  }
}
