package dev.lamina.cli.network;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.loss.Loss;
import dev.lamina.runtime.loss.Losses;
import dev.lamina.runtime.metric.Metric;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.metric.Metrics;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * What a network learns, read from its declared output ({@link #of(Model)}), with the loss and
 * metrics that go with it: a classifier (a vector of class scores) or a binary-mask segmenter (one
 * sigmoid per input pixel).
 */
public enum Task {
  /**
   * The tutorial's task: which class an image shows. A flat output of at least two units with
   * SOFTMAX (or LINEAR logits); sparse categorical cross-entropy on integer labels, accuracy.
   */
  CLASSIFICATION {
    @Override
    public Loss loss(Model model) {
      return Losses.sparseCategoricalCrossentropy(model.outputActivation() == ActivationFunction.LINEAR);
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
    public ArrayDataset targets(ArrayDataset raw) {
      return raw;
    }
  },

  /**
   * Object versus background: an output of the input's height and width with one SIGMOID channel, a
   * probability per pixel. On MNIST-style data the mask is 1 where the raw pixel exceeds
   * {@link #MASK_THRESHOLD} (the garment). Binary cross-entropy per pixel; pixel accuracy
   * ({@code binary_accuracy}) and the intersection over union of the masks ({@code binary_io_u}).
   */
  SEGMENTATION {
    @Override
    public Loss loss(Model model) {
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
    public ArrayDataset targets(ArrayDataset raw) {
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

  /**
   * The task of {@code model}, from its output shape and activation.
   *
   * @throws IllegalArgumentException if the output is neither a classifier's nor a binary mask's; the
   *     message says what each needs
   */
  public static Task of(Model model) {
    int[] out = model.outputShape();
    int[] in = model.inputShape();
    ActivationFunction activation = model.outputActivation();
    if (out.length == 1 && out[0] >= 2
        && (activation == ActivationFunction.SOFTMAX || activation == ActivationFunction.LINEAR)) {
      return CLASSIFICATION;
    }
    if (out.length == 3 && out[0] == in[0] && out[1] == in[1] && out[2] == 1
        && activation == ActivationFunction.SIGMOID) {
      return SEGMENTATION;
    }
    throw new IllegalArgumentException("network " + model.name() + " outputs " + Arrays.toString(out) + " with "
        + activation + ", which is neither a classifier (a flat output of 2 or more units with SOFTMAX, or LINEAR"
        + " logits) nor a binary mask (the input's height and width, 1 channel, SIGMOID): the tasks lamina trains");
  }

  /** The loss the task trains {@code model} with. */
  public abstract Loss loss(Model model);

  /** The metrics reported during training and evaluation. */
  public abstract List<Metric> metrics();

  /** The metric the tool prints as the result (test accuracy, test IoU). */
  public abstract MetricKey headlineMetric();

  /** The dataset with this task's targets, from raw (unscaled) MNIST-style images and labels. */
  public abstract ArrayDataset targets(ArrayDataset raw);
}
