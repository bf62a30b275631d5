package dev.lamina.runtime.predict;

import java.util.ArrayList;
import java.util.List;

/** Softmax and top-k over one example's class scores. */
final class Probabilities {
  private Probabilities() {}

  /** {@code exp(x_i - max) / sum_j exp(x_j - max)}, in place (stable for large logits). */
  static void softmaxInPlace(float[] x) {
    float max = Float.NEGATIVE_INFINITY;
    for (float v : x) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] e = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      e[i] = Math.exp(x[i] - max);
      sum += e[i];
    }
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (e[i] / sum);
    }
  }

  /** The {@code k} highest, highest first; on equal values the lower index first. */
  static List<ClassScore> top(float[] p, int k, List<String> names) {
    boolean[] taken = new boolean[p.length];
    List<ClassScore> top = new ArrayList<>(k);
    for (int r = 0; r < k; r++) {
      int best = -1;
      for (int i = 0; i < p.length; i++) {
        if (!taken[i] && (best < 0 || p[i] > p[best])) {
          best = i;
        }
      }
      taken[best] = true;
      top.add(new ClassScore(best, names.isEmpty() ? Integer.toString(best) : names.get(best), p[best]));
    }
    return top;
  }
}
