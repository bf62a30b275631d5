package dev.lamina.runtime.metric;

/**
 * A confusion matrix over the batches of an epoch, and its mean intersection over union: for each
 * class {@code TP / (TP + FP + FN)}, averaged over the classes that occur in the labels or the
 * predictions (Keras's {@code IoU.result()}, which skips classes with a zero denominator).
 */
abstract class ConfusionAccumulator implements MetricAccumulator {
  private final long[][] counts;

  ConfusionAccumulator(int classes) {
    counts = new long[classes][classes];
  }

  /** Counts one element labelled {@code truth} and predicted {@code predicted}. */
  final void add(int truth, int predicted) {
    counts[truth][predicted]++;
  }

  @Override
  public final double result() {
    int classes = counts.length;
    double sum = 0;
    int present = 0;
    for (int c = 0; c < classes; c++) {
      long tp = counts[c][c];
      long labelled = 0;
      long predicted = 0;
      for (int o = 0; o < classes; o++) {
        labelled += counts[c][o];
        predicted += counts[o][c];
      }
      long union = labelled + predicted - tp;
      if (union > 0) {
        sum += (double) tp / union;
        present++;
      }
    }
    return present == 0 ? 0 : sum / present;
  }

  @Override
  public final void reset() {
    for (long[] row : counts) {
      java.util.Arrays.fill(row, 0);
    }
  }
}
