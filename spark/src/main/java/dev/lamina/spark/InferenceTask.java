package dev.lamina.spark;

import dev.lamina.runtime.Model;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inference over one partition of rows, in batches, with the partition's cached {@link Worker}
 * holding the broadcast weights: either prediction rows (the input row plus class and probability
 * columns) or, for evaluation, one row of {@code (partition, lossSum, correct, examples)}.
 */
final class InferenceTask implements Function2<Integer, Iterator<Row>, Iterator<Row>> {
  private static final long serialVersionUID = 1L;

  private final String run;
  private final NetworkSpec spec;
  private final LossFactory lossFactory;
  private final Broadcast<Weights> weights;
  private final int featuresIndex;
  private final int labelIndex;
  private final int batchSize;
  private final boolean evaluate;

  InferenceTask(String run, NetworkSpec spec, LossFactory lossFactory, Broadcast<Weights> weights, int featuresIndex,
      int labelIndex, int batchSize, boolean evaluate) {
    this.run = run;
    this.spec = spec;
    this.lossFactory = lossFactory;
    this.weights = weights;
    this.featuresIndex = featuresIndex;
    this.labelIndex = labelIndex;
    this.batchSize = batchSize;
    this.evaluate = evaluate;
  }

  @Override
  public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
    Worker worker = Worker.of(run, partition, spec, lossFactory);
    List<Row> out = new ArrayList<>();
    double lossSum = 0;
    long correct = 0;
    long examples = 0;
    synchronized (worker) {
      Model model = worker.model;
      weights.value().into(model);
      int[] shape = model.inputShape();
      int length = shape[0] * shape[1] * shape[2];
      int classes = model.outputShape()[0];
      List<Row> batch = new ArrayList<>(batchSize);
      while (rows.hasNext()) {
        batch.add(rows.next());
        if (batch.size() < batchSize && rows.hasNext()) {
          continue;
        }
        int n = batch.size();
        float[] x = new float[n * length];
        for (int i = 0; i < n; i++) {
          Shards.decode(batch.get(i).get(featuresIndex), x, i * length, length, "features");
        }
        INDArray output = model.forward(Nd4j.create(x, new long[] {n, shape[0], shape[1], shape[2]}, 'c'), false);
        float[] p = output.dup('c').data().asFloat();
        if (evaluate) {
          int[] y = new int[n];
          for (int i = 0; i < n; i++) {
            y[i] = ((Number) batch.get(i).get(labelIndex)).intValue();
            if (argmax(p, i * classes, classes) == y[i]) {
              correct++;
            }
          }
          lossSum += worker.loss.value(output, Nd4j.createFromArray(y).castTo(DataType.INT32)) * n;
          examples += n;
        } else {
          for (int i = 0; i < n; i++) {
            Row row = batch.get(i);
            Object[] values = new Object[row.length() + 2];
            for (int c = 0; c < row.length(); c++) {
              values[c] = row.get(c);
            }
            float[] probabilities = new float[classes];
            System.arraycopy(p, i * classes, probabilities, 0, classes);
            int best = argmax(p, i * classes, classes);
            values[row.length()] = best;
            values[row.length() + 1] = probabilities[best];
            out.add(RowFactory.create(values));
          }
        }
        batch.clear();
      }
    }
    if (evaluate) {
      out.add(RowFactory.create(partition, lossSum, correct, examples));
    }
    return out.iterator();
  }

  private static int argmax(float[] values, int offset, int length) {
    int best = 0;
    for (int i = 1; i < length; i++) {
      if (values[offset + i] > values[offset + best]) {
        best = i;
      }
    }
    return best;
  }
}
