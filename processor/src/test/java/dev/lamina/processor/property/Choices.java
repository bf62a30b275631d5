package dev.lamina.processor.property;

import java.util.List;

/**
 * A stream of random choices drawn from a list of ints that jqwik generates and shrinks: each
 * {@link #next(int)} takes the next int modulo the bound, and 0 once the list is used up. Shrinking
 * the list toward fewer and smaller ints shrinks the network toward the simplest choices.
 */
final class Choices {
  private final List<Integer> values;
  private int position;

  Choices(List<Integer> values) {
    this.values = values;
  }

  /** A choice in {@code [0, bound)}. */
  int next(int bound) {
    return position < values.size() ? Math.floorMod(values.get(position++), bound) : 0;
  }

  /** True with probability about {@code percent}%: choice 0 means false, so shrinking turns options off. */
  boolean chance(int percent) {
    return next(100) >= 100 - percent;
  }

  /** One of {@code items}, each with its weight; the first when shrunk. */
  <T> T weighted(List<T> items, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = next(total);
    for (int i = 0; i < items.size(); i++) {
      pick -= weights[i];
      if (pick < 0) {
        return items.get(i);
      }
    }
    throw new IllegalStateException("weights do not cover the items");
  }

  /** One of {@code options}, the first when shrunk. */
  @SafeVarargs
  final <T> T of(T... options) {
    return options[next(options.length)];
  }
}
