package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.MergeSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Add}, {@code @Subtract}, {@code @Multiply}, {@code @Average}, {@code @Maximum}:
 * {@code MergeKernel}, no parameters, the activation fused into the kernel (except on the last layer).
 * The inputs and their gradient buffers are passed as arrays made once per batch size
 * ({@code <layer>Ins}, {@code <layer>InGrads}).
 */
final class MergeWriter extends LayerWriter {
  private final MergeSpec spec;

  MergeWriter(LayerNode node, MergeSpec spec, List<String> ins, List<String> inGrads) {
    super(node, ins, inGrads);
    this.spec = spec;
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("MergeLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($T.$L, $L)", TypeNames.config("MergeConfig"), TypeNames.MERGE_MODE,
        spec.mode().name(), declaredActivation());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.MERGE_KERNEL, CodeBlock.of("new $T($T.$L, $L, $T.$L)",
        TypeNames.MERGE_KERNEL, TypeNames.MERGE_MODE, spec.mode().name(), ins().size(),
        TypeNames.ACTIVATION_FUNCTION, kernelActivation().name())));
  }

  @Override
  boolean kernelFusesActivation() {
    return true;
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    int[] dims = node().output().dims();
    if (activated()) {
      plan.allocate(z(), dims);
    }
    declareOutput(plan);
    if (activated()) {
      plan.allocateForTraining(zGrad(), dims);
    }
    InputArrays.declare(this, plan);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.forward($L, $L, $L)", opField(), b(InputArrays.ins(this)), b(z()),
        b(fused() ? out() : z()));
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L, $L, $L, $L)", opField(), b(InputArrays.ins(this)), b(z()),
        b(fused() ? outGrad() : zGrad()), b(zGrad()), b(InputArrays.inGrads(this)));
  }
}
