package dev.lamina.processor.write;

import com.squareup.javapoet.CodeBlock;
import java.util.List;

/**
 * The arrays a layer with several inputs hands its kernel: {@code <layer>Ins} (its inputs) and, in a
 * training set, {@code <layer>InGrads} (the buffers receiving their gradients), both fields of the
 * {@code Buffers} class, so that no array is made per step.
 */
final class InputArrays {
  private InputArrays() {}

  /** {@code block1Ins}. */
  static String ins(LayerWriter layer) {
    return Names.join(layer.name(), "Ins");
  }

  /** {@code block1InGrads}. */
  static String inGrads(LayerWriter layer) {
    return Names.join(layer.name(), "InGrads");
  }

  /** Declares both arrays, after the layer's other buffers. */
  static void declare(LayerWriter layer, BufferPlan plan) {
    declare(layer, plan, layer.ins(), layer.inGrads());
  }

  /** Declares both arrays with the given entries ({@code null} for an input the kernel skips). */
  static void declare(LayerWriter layer, BufferPlan plan, List<String> ins, List<String> inGrads) {
    plan.defineArray(ins(layer), CodeBlock.of("new $T[] {$L}", TypeNames.INDARRAY, String.join(", ", ins)));
    plan.defineArray(inGrads(layer), CodeBlock.of("training ? new $T[] {$L} : null", TypeNames.INDARRAY,
        String.join(", ", inGrads)));
  }

}
