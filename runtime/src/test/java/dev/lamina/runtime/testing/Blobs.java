package dev.lamina.runtime.testing;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A synthetic, linearly separable classification problem: {@code classes} Gaussian blobs of
 * 2x2x1 "images" (4 features) around well separated centres, labels {@code INT32 [n]}.
 */
public final class Blobs {
  private Blobs() {}

  public static TestDataset make(int n, int classes, long seed, DataType type) {
    Random random = new Random(seed);
    INDArray features = Nd4j.create(type, n, 2, 2, 1);
    INDArray labels = Nd4j.create(DataType.INT32, n);
    for (int i = 0; i < n; i++) {
      int c = i % classes;
      double angle = 2 * Math.PI * c / classes;
      double[] centre = {3 * Math.cos(angle), 3 * Math.sin(angle), 1.5 * Math.cos(angle), -1.5 * Math.sin(angle)};
      for (int f = 0; f < 4; f++) {
        features.putScalar(new long[] {i, f / 2, f % 2, 0}, centre[f] + 0.6 * random.nextGaussian());
      }
      labels.putScalar(i, c);
    }
    return new TestDataset(features, labels);
  }

  public static TestDataset make(int n, long seed) {
    return make(n, 3, seed, DataType.FLOAT);
  }
}
