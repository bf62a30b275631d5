package dev.lamina.runtime.kernel;

import dev.lamina.runtime.NonFiniteValueException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.longer.MatchCondition;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** The NaN and infinity check generated networks run after each layer when numeric checks are on. */
public final class Numerics {
  private Numerics() {}

  /**
   * @param network the network's name
   * @param layer the layer that produced {@code values} ({@code "input"} for the input batch)
   * @param values the layer's output
   * @throws NonFiniteValueException if {@code values} holds NaN or infinity; the message names the layer
   *     and counts the values
   */
  public static void requireFinite(String network, String layer, INDArray values) {
    long nan = count(values, true);
    long infinite = count(values, false);
    if (nan > 0 || infinite > 0) {
      String where = layer.equals("input") ? "the input of " + network : "layer " + layer + " of " + network;
      throw new NonFiniteValueException(layer, where + " holds " + nan + " NaN and " + infinite
          + " infinite values out of " + values.length() + "; the first non-finite value came from " + layer
          + " (try a lower learning rate, check the input data, or look at this layer's weights)");
    }
  }

  private static long count(INDArray values, boolean nan) {
    MatchCondition op = new MatchCondition(values, nan ? Conditions.isNan() : Conditions.isInfinite());
    return Nd4j.getExecutioner().exec(op).getLong(0);
  }
}
