package dev.lamina.runtime.train;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.Batch;
import dev.lamina.runtime.data.BatchIterator;
import dev.lamina.runtime.data.Dataset;
import dev.lamina.runtime.data.Order;
import dev.lamina.runtime.loss.BoundLoss;
import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.metric.MetricAccumulator;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Shapes;
import dev.lamina.runtime.optim.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A network compiled with a loss, an optimizer and metrics (Keras's {@code model.compile}): checks
 * data sets against it and evaluates them.
 */
record Compiled(Model model, BoundLoss loss, Optimizer optimizer, List<Metric> metrics) {

  /**
   * Checks a data set's shapes before a pass over it.
   *
   * @param role {@code training} or {@code validation}, for messages
   * @throws IllegalArgumentException if it is empty, its examples do not fit the network's input or
   *     its labels do not fit the loss or a metric; the message names the data, the network and both
   *     shapes
   */
  void check(Dataset data, String role) {
    check(data.exampleShape(), data.labelShape(), data.size(), role);
  }

  /** {@link #check(Dataset, String)} from a data set's shapes and size. */
  void check(int[] exampleShape, int[] labelShape, int size, String role) {
    if (size < 1) {
      throw new IllegalArgumentException("the " + role + " data is empty");
    }
    if (!Arrays.equals(exampleShape, model.inputShape())) {
      throw new IllegalArgumentException("the " + role + " data has examples of shape "
          + Shapes.format(exampleShape) + " but network " + model.name() + " takes "
          + Shapes.format(model.inputShape()) + " [height, width, channels]");
    }
    try {
      loss.checkLabelShape(labelShape);
      accumulators(labelShape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + role + " data does not fit: " + e.getMessage(), e);
    }
  }

  /** Fresh accumulators of every metric for a data set's labels. */
  List<MetricAccumulator> accumulators(Dataset data) {
    return accumulators(data.labelShape());
  }

  /** Fresh accumulators of every metric for labels of one example's shape {@code labelShape}. */
  List<MetricAccumulator> accumulators(int[] labelShape) {
    List<MetricAccumulator> accumulators = new ArrayList<>();
    for (Metric m : metrics) {
      accumulators.add(m.accumulator(model.outputShape(), labelShape));
    }
    return accumulators;
  }

  /** The keys of {@code loss} and each metric, training names. */
  List<MetricKey> keys() {
    List<MetricKey> keys = new ArrayList<>();
    keys.add(MetricKey.LOSS);
    metrics.forEach(m -> keys.add(m.key()));
    return keys;
  }

  /** Figures from a running loss sum and accumulators, under training or validation names. */
  Logs logs(double lossSum, long examples, List<MetricAccumulator> accumulators, boolean validation) {
    Map<MetricKey, Double> values = new LinkedHashMap<>();
    MetricKey lossKey = validation ? MetricKey.VAL_LOSS : MetricKey.LOSS;
    values.put(lossKey, examples == 0 ? 0 : lossSum / examples);
    for (int i = 0; i < metrics.size(); i++) {
      MetricKey key = metrics.get(i).key();
      values.put(validation ? key.toValidation() : key, accumulators.get(i).result());
    }
    return Logs.of(values);
  }

  /**
   * Inference over a data set in stored order: mean loss (weighted by batch size) and metrics.
   *
   * @throws IllegalArgumentException for bad labels, with the data's role and the batch number
   */
  Logs evaluate(Dataset data, int batchSize, String role, boolean validationNames) {
    List<MetricAccumulator> accumulators = accumulators(data);
    double sum = 0;
    long examples = 0;
    int step = 0;
    try (BatchIterator batches = data.batches(batchSize, Order.sequential())) {
      while (batches.hasNext()) {
        Batch batch = batches.next();
        try {
          INDArray output = model.forward(batch.features(), false);
          sum += loss.value(output, batch.labels()) * batch.size();
          for (MetricAccumulator a : accumulators) {
            a.update(output, batch.labels());
          }
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("the " + role + " data, batch " + (step + 1) + ": " + e.getMessage(), e);
        }
        examples += batch.size();
        step++;
      }
    }
    return logs(sum, examples, accumulators, validationNames);
  }
}
