package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Problem;
import java.util.List;

/**
 * A layer that joins two or more inputs ({@code @Add} and the other element-wise merges,
 * {@code @Concatenate}): it accepts inputs of any rank, has no attributes to check beyond its inputs'
 * agreement, no parameters and no multiply-accumulates, and its output is the merged shape
 * ({@link #mergedShape}) unchanged. Keras: the layers of {@code keras/src/layers/merging/}.
 */
public sealed interface MergingSpec extends LayerSpec permits MergeSpec, ConcatenateSpec {
  @Override
  default InputRank inputRank() {
    return InputRank.ANY;
  }

  @Override
  default int minInputs() {
    return 2;
  }

  @Override
  boolean agree(Shape a, Shape b);

  @Override
  Shape mergedShape(List<Shape> ins);

  @Override
  default List<Problem> checkAttributes(String layer) {
    return List.of();
  }

  @Override
  default List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  /** The merged shape itself. */
  @Override
  default Shape outputShape(Shape in) {
    return in;
  }

  @Override
  default List<TensorSpec> tensors(Shape in) {
    return List.of();
  }

  @Override
  default long macs(Shape in) {
    return 0;
  }
}
