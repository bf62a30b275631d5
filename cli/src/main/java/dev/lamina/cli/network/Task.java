package dev.lamina.samples.cli;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.loss.Loss;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import java.nio.FloatBuffer;
import java.util.List;

/** What a sample network learns from Fashion-MNIST, with the loss and metrics that go with it. */
public enum Task {
  /**
   * The tutorial's task: which of the ten classes an image shows. Sparse categorical cross-entropy
   * on integer labels, accuracy.
   */
  CLASSIFICATION {
    @Override
    public Loss loss() {
      return Losses.sparseCategoricalCrossentropy();
    }

    @Override
    public List<Metric> metrics() {
      return List.of(Metrics.accuracy());
    }

    @Override
    public MetricKey headlineMetric() {
      return MetricKey.ACCURACY;
    }

    @Override
    ArrayDataset targets(ArrayDataset raw) {
      return raw;
    }
  },

  /**
   * Garment versus background: a mask per image, 1 where the raw pixel exceeds
   * {@link #MASK_THRESHOLD}. Binary cross-entropy per pixel; pixel accuracy ({@code binary_accuracy})
   * and the intersection over union of the masks ({@code binary_io_u}).
   */
  SEGMENTATION {
    @Override
    public Loss loss() {
      return Losses.binaryCrossentropy();
    }

    @Override
    public List<Metric> metrics() {
      return List.of(Metrics.binaryAccuracy(), Metrics.binaryIoU());
    }

    @Override
    public MetricKey headlineMetric() {
      return Metrics.binaryIoU().key();
    }

    @Override
    ArrayDataset targets(ArrayDataset raw) {
      FloatBuffer pixels = raw.features();
      float[] features = new float[pixels.remaining()];
      pixels.get(pixels.position(), features);
      float[] masks = new float[features.length];
      for (int i = 0; i < features.length; i++) {
        masks[i] = features[i] > MASK_THRESHOLD ? 1f : 0f;
      }
      return ArrayDataset.ofTargets(features, raw.exampleShape(), masks, raw.exampleShape());
    }
  };

  /** Raw pixel value (0..255) above which a pixel counts as garment in {@link #SEGMENTATION} masks. */
  public static final float MASK_THRESHOLD = 25f;

  /** The loss the task trains with. */
  public abstract Loss loss();

  /** The metrics reported during training and evaluation. */
  public abstract List<Metric> metrics();

  /** The metric the tool prints as the result (test accuracy, test IoU). */
  public abstract MetricKey headlineMetric();

  /** The dataset with this task's targets, from raw (unscaled) Fashion-MNIST images and labels. */
  abstract ArrayDataset targets(ArrayDataset raw);
}
