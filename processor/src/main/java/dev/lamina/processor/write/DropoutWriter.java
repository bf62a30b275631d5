package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.DropoutSpec;
import dev.lamina.processor.model.LayerNode;
import java.util.Optional;

/**
 * {@code @Dropout}: {@code DropoutKernel} with its own mask stream, seeded from the model's seed and the
 * layer's name. At inference the output is the input itself.
 */
final class DropoutWriter extends LayerWriter {
  private final DropoutSpec spec;

  DropoutWriter(LayerNode node, DropoutSpec spec, String in, String inGrad) {
    super(node, in, inGrad);
    this.spec = spec;
  }

  private String mask() {
    return Names.join(name(), "Mask");
  }

  @Override
  ClassName handleType() {
    return TypeNames.handle("DropoutLayer");
  }

  @Override
  CodeBlock config() {
    return CodeBlock.of("new $T($L)", TypeNames.config("DropoutConfig"), spec.rate());
  }

  @Override
  Optional<Kernel> kernel() {
    return Optional.of(new Kernel(TypeNames.DROPOUT_KERNEL, CodeBlock.of("new $T($L, $T.derive(seed, $S), dataType)",
        TypeNames.DROPOUT_KERNEL, spec.rate(), TypeNames.SEEDS, name())));
  }

  /** The statement that restarts the mask stream from the model's {@code seed}. */
  CodeBlock reseed() {
    return CodeBlock.of("$N.seed($T.derive(seed, $S))", opField(), TypeNames.SEEDS, name());
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    int[] dims = node().output().dims();
    plan.define(out(), CodeBlock.of("training ? allocate($S, n, $L) : $N", name(), Names.dimList(dims), in()));
    plan.allocateForTraining(mask(), dims);
    plan.allocateForTraining(outGrad(), dims);
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    code.add("// at inference $L is $L itself\n", out(), in());
    code.beginControlFlow("if ($L.training)", BUFFERS)
        .addStatement("$N.forwardTraining($L, $L, $L)", opField(), b(in()), b(mask()), b(out()))
        .endControlFlow();
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    code.addStatement("$N.backward($L, $L, $L)", opField(), b(outGrad()), b(mask()), b(inGrad()));
  }
}
