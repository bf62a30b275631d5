package dev.lamina.runtime.train;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A gradient accumulated over micro-batches or shards, in a fixed order so that the result does not
 * depend on where the parts were computed: {@code sum = ((0 + n_0 g_0) + n_1 g_1) + ...} element by
 * element in the parameters' data type, where {@code g_i} is the mean gradient of part {@code i} of
 * {@code n_i} examples (each product rounded once), and the loss sum {@code sum_i n_i l_i} likewise
 * in double. A step's gradient is then {@code sum / examples}.
 *
 * <p>Local gradient accumulation ({@link FitConfig#microBatches()}) adds each micro-batch's
 * {@link #addMean mean}; a distributed trainer adds on each worker its micro-batches' means, and on
 * the driver each worker's {@link #addSum sum}, in worker order. With one micro-batch per worker the
 * two give the same floating-point operations in the same order, hence the same bits. Allocates its
 * two buffers once; {@link #addMean}, {@link #addSum} and {@link #meanInto} allocate no arrays.
 *
 * <p>Not thread-safe.
 */
public final class GradientSum {
  private final INDArray sum;
  private final INDArray scratch;
  private double lossSum;
  private int examples;

  /** A zero sum for {@code length} values of {@code dataType}. */
  public GradientSum(long length, DataType dataType) {
    this.sum = Nd4j.zeros(dataType, length);
    this.scratch = Nd4j.zeros(dataType, length);
  }

  /** Back to zero. */
  public void reset() {
    sum.assign(0);
    lossSum = 0;
    examples = 0;
  }

  /**
   * Adds a part of {@code n} examples given by its mean gradient and mean loss.
   *
   * @param meanGradient flat, the length of this sum (read, not kept)
   */
  public void addMean(INDArray meanGradient, double meanLoss, int n) {
    scratch.assign(meanGradient).muli(n);
    sum.addi(scratch);
    lossSum += meanLoss * n;
    examples += n;
  }

  /**
   * Adds a part given by its gradient sum and loss sum over {@code n} examples (a worker's
   * {@link #sum()}).
   */
  public void addSum(INDArray gradientSum, double partLossSum, int n) {
    Objects.requireNonNull(gradientSum, "gradientSum");
    sum.addi(gradientSum);
    lossSum += partLossSum;
    examples += n;
  }

  /** Writes {@code sum / examples}, the mean gradient, into {@code target}. */
  public void meanInto(INDArray target) {
    if (examples == 0) {
      throw new IllegalStateException("nothing added");
    }
    target.assign(sum).divi(examples);
  }

  /** The gradient sum (the buffer itself). */
  public INDArray sum() {
    return sum;
  }

  /** The loss sum. */
  public double lossSum() {
    return lossSum;
  }

  /** The examples added. */
  public int examples() {
    return examples;
  }

  /** The mean loss, {@code lossSum / examples}. */
  public double meanLoss() {
    return lossSum / examples;
  }
}
