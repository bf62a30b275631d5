package dev.lamina.runtime.data.array;

import dev.lamina.runtime.data.BatchBuffers;
import dev.lamina.runtime.data.LabelMode;

/** Where an {@link ArrayDataset}'s labels live: class indices, or per-example targets. */
sealed interface LabelStore permits LabelStore.Classes, LabelStore.Targets {

  /** One example's label shape, as {@link dev.lamina.runtime.data.Dataset#labelShape()}. */
  int[] shape();

  /** Number of examples stored (the backing arrays' extent, not a slice's). */
  int count();

  /** Writes example {@code example}'s label into row {@code row}. */
  void write(BatchBuffers buffers, int row, int example);

  /** Class indices in {@code [0, classCount)}, delivered as indices or one-hot rows. */
  record Classes(int[] indices, int classCount, LabelMode mode) implements LabelStore {
    @Override
    public int[] shape() {
      return mode == LabelMode.INT ? new int[0] : new int[] {classCount};
    }

    @Override
    public int count() {
      return indices.length;
    }

    @Override
    public void write(BatchBuffers buffers, int row, int example) {
      buffers.putClass(row, indices[example]);
    }
  }

  /** Per-example float targets of one shape, stored example after example. */
  record Targets(float[] values, int[] targetShape, int length) implements LabelStore {
    @Override
    public int[] shape() {
      return targetShape.clone();
    }

    @Override
    public int count() {
      return values.length / length;
    }

    @Override
    public void write(BatchBuffers buffers, int row, int example) {
      buffers.putTargets(row, values, example * length);
    }
  }
}
