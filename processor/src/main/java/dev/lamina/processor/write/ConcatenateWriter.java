package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lamina.processor.model.LayerNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Concatenate}: {@code ConcatKernel}, which copies each input into its channels of the output
 * (and back for the gradients); no parameters; an activation as a separate step.
 */
final class ConcatenateWriter extends LayerWriter {
  private List<Boolean> views;

  ConcatenateWriter(LayerNode node, List<String> ins, List<String> inGrads) {
    super(node, ins, inGrads);
    this.views = ins.stream().map(in -> false).toList();
  }

  /**
   * Which inputs' producers write straight into their channel slices of this layer's values (before any
   * code is written), aligned with {@link #ins()}.
   */
  void sliceInputs(List<Boolean> slices) {
    views = List.copyOf(slices);
  }

  private boolean allViews() {
    return !views.contains(false);
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
    if (allViews()) {
      return Optional.empty();
    }
    return Optional.of(new Kernel(TypeNames.CONCAT_KERNEL,
        CodeBlock.of("new $T($L)", TypeNames.CONCAT_KERNEL, channels())));
  }

  @Override
  void declareBuffers(BufferPlan plan) {
    super.declareBuffers(plan);
    List<String> ins = new ArrayList<>();
    List<String> inGrads = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < views.size(); k++) {
      int[] dims = inputDims().get(k);
      int to = from + dims[dims.length - 1];
      if (views.get(k)) {
        // The producer writes into these channels itself: its output is a view of this layer's.
        plan.define(ins().get(k), CodeBlock.of("$T.channelSlice($N, $L, $L)", TypeNames.VIEWS, z(), from, to));
        plan.define(inGrads().get(k), CodeBlock.of("training ? $T.channelSlice($N, $L, $L) : null", TypeNames.VIEWS,
            zGrad(), from, to));
        ins.add("null");
        inGrads.add("null");
      } else {
        ins.add(ins().get(k));
        inGrads.add(inGrads().get(k));
      }
      from = to;
    }
    if (!allViews()) {
      InputArrays.declare(this, plan, ins, inGrads);
    }
  }

  @Override
  void forwardCore(CodeBlock.Builder code) {
    if (allViews()) {
      code.add("// every input's producer wrote its channels of $L itself: nothing to copy\n", z());
    } else {
      code.addStatement("$N.forward($L, $L)", opField(), b(InputArrays.ins(this)), b(z()));
    }
  }

  @Override
  void backwardCore(CodeBlock.Builder code) {
    if (allViews()) {
      code.add("// every input's gradient is its channel slice of $L: nothing to copy\n", zGrad());
    } else {
      code.addStatement("$N.backward($L, $L)", opField(), b(zGrad()), b(InputArrays.inGrads(this)));
    }
  }
}
