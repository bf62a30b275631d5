package dev.lamina.runtime.data.augment;

import dev.lamina.runtime.data.Dataset;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Random image augmentation with the parameters of Keras's preprocessing layers ({@code RandomFlip},
 * {@code RandomRotation}, {@code RandomZoom}, {@code RandomTranslation}, {@code RandomBrightness},
 * {@code RandomContrast}), applied on the fly to the training data: every epoch sees other versions of
 * the images, and the same seed gives the same versions.
 *
 * <pre>{@code
 * Augmentation augmentation = Augmentation.builder()
 *     .randomFlip(FlipMode.HORIZONTAL)
 *     .randomRotation(0.05)              // up to 5% of a full turn (18 degrees) either way
 *     .randomZoom(0.1)                   // up to 10% in or out, aspect ratio kept
 *     .randomTranslation(0.1, 0.1)       // up to 10% of the height and of the width
 *     .randomContrast(0.2)
 *     .valueRange(0, 1)                  // the images' values, for brightness and contrast
 *     .build();
 * Dataset train = augmentation.applyTo(folder);   // use as the training data of Trainer.fit
 * }</pre>
 *
 * <p><b>Order.</b> The geometric transforms (flip, rotation, zoom, translation, in that order) compose
 * into one affine matrix per image and the image is resampled once, as Keras's
 * {@code ImageDataGenerator} does (a chain of Keras layers would interpolate after each); then
 * brightness, then contrast. Each transform draws its amount independently per image.
 *
 * <p><b>Randomness.</b> Image {@code k} of a pass (its position in the pass's order) is augmented
 * with a {@code java.util.Random} seeded from {@code (order seed, k)} by SplitMix64's finalizer, so the
 * result depends on the seed and the position only: not on threads, batch boundaries or timing.
 * {@code Trainer.fit} gives each epoch its own order seed, derived from {@code FitConfig.seed} and the
 * epoch.
 *
 * <p><b>Values.</b> Computed in single precision on the values the dataset yields (scaled or not);
 * {@link Builder#valueRange} states their range (Keras's {@code value_range}, default {@code [0, 255]}),
 * which brightness is a fraction of and to which brightness and contrast clip; {@link Builder#fillValue}
 * is in the same units. Per-pixel targets of the images' height and width (segmentation masks) get the
 * same geometric transform, read at the nearest pixel, and no brightness or contrast change; class
 * labels are kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class Augmentation {
  private final List<GeometricTransform> geometric;
  private final List<PixelTransform> pixel;
  private final FillMode fillMode;
  private final float fillValue;
  private final Interpolation interpolation;
  private final float low;
  private final float high;

  private Augmentation(Builder b) {
    this.geometric = Stream.of(b.flip, b.rotation, b.zoom, b.translation).filter(Objects::nonNull)
        .map(GeometricTransform.class::cast).toList();
    this.pixel = Stream.of(b.brightness, b.contrast).filter(Objects::nonNull).map(PixelTransform.class::cast)
        .toList();
    this.fillMode = b.fillMode;
    this.fillValue = (float) b.fillValue;
    this.interpolation = b.interpolation;
    this.low = (float) b.low;
    this.high = (float) b.high;
  }

  /** An augmentation that changes nothing until transforms are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether no transform was added (the images pass unchanged). */
  public boolean isEmpty() {
    return geometric.isEmpty() && pixel.isEmpty();
  }

  /**
   * {@code data} with its images augmented as batches are made; the shapes, labels and size are
   * {@code data}'s. A background thread prepares the next batch (reading it from {@code data} and
   * augmenting it) while the current one is used.
   */
  public Dataset applyTo(Dataset data) {
    return new AugmentedDataset(Objects.requireNonNull(data, "data"), this);
  }

  /**
   * One augmented version of an image.
   *
   * @param image {@code height * width * channels} values, NHWC
   * @param shape {@code {height, width, channels}}
   * @param seed the seed of this version (the same seed gives the same version)
   * @return a new array of the image's shape
   * @throws IllegalArgumentException if the lengths do not agree
   */
  public float[] apply(float[] image, int[] shape, long seed) {
    int length = shape[0] * shape[1] * shape[2];
    if (image.length != length) {
      throw new IllegalArgumentException("the image holds " + image.length + " values, not "
          + Arrays.toString(shape) + " = " + length);
    }
    float[] out = new float[length];
    apply(image, 0, out, 0, null, 0, null, 0, shape[0], shape[1], shape[2], 0, seed);
    return out;
  }

  /**
   * Augments one image, {@code in[inOffset ..]} to {@code out[outOffset ..]}, and, when {@code targetIn}
   * is not null, its per-pixel targets ({@code targetChannels} per pixel) with the same geometric
   * transform.
   */
  void apply(float[] in, int inOffset, float[] out, int outOffset, float[] targetIn, int targetInOffset,
      float[] targetOut, int targetOutOffset, int height, int width, int channels, int targetChannels, long seed) {
    // Scrambled: the first draws of java.util.Random for neighbouring seeds are strongly correlated.
    Random random = new Random(exampleSeed(seed, 0));
    AffineTransform matrix = new AffineTransform();
    for (GeometricTransform g : geometric) {
      g.concatenate(matrix, height, width, random);
    }
    if (matrix.isIdentity()) {
      System.arraycopy(in, inOffset, out, outOffset, height * width * channels);
      if (targetIn != null) {
        System.arraycopy(targetIn, targetInOffset, targetOut, targetOutOffset, height * width * targetChannels);
      }
    } else {
      double[] m = new double[6];
      matrix.getMatrix(m);
      AffineSampler.sample(in, inOffset, out, outOffset, height, width, channels, m, fillMode, fillValue,
          interpolation);
      if (targetIn != null) {
        AffineSampler.sample(targetIn, targetInOffset, targetOut, targetOutOffset, height, width, targetChannels, m,
            fillMode, 0f, Interpolation.NEAREST);
      }
    }
    for (PixelTransform p : pixel) {
      p.apply(out, outOffset, height, width, channels, random, low, high);
    }
  }

  /**
   * The seed of the image at {@code position} of a pass ordered with {@code orderSeed}: SplitMix64's
   * finalizer over both.
   */
  static long exampleSeed(long orderSeed, long position) {
    long z = orderSeed + 0x9e3779b97f4a7c15L * (position + 1);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The transforms, Keras-style: {@code RandomFlip(horizontal), RandomRotation(0.05), ...}. */
  @Override
  public String toString() {
    List<Object> parts = new ArrayList<>(geometric);
    parts.addAll(pixel);
    String transforms = parts.stream().map(Object::toString).collect(Collectors.joining(", "));
    return parts.isEmpty() ? "no augmentation" : transforms + " (fill_mode " + fillMode.name().toLowerCase(
        java.util.Locale.ROOT) + (fillMode == FillMode.CONSTANT ? " " + fillValue : "") + ", interpolation "
        + interpolation.name().toLowerCase(java.util.Locale.ROOT) + ", value_range [" + low + ", " + high + "])";
  }

  /** Adds transforms (each at most once; a second call replaces the first) and sets their common options. */
  public static final class Builder {
    private RandomFlip flip;
    private RandomRotation rotation;
    private RandomZoom zoom;
    private RandomTranslation translation;
    private RandomBrightness brightness;
    private RandomContrast contrast;
    private FillMode fillMode = FillMode.REFLECT;
    private double fillValue;
    private Interpolation interpolation = Interpolation.BILINEAR;
    private double low;
    private double high = 255;

    private Builder() {}

    /** Flips left-right, top-bottom or both, each with probability 1/2: {@code RandomFlip(mode)}. */
    public Builder randomFlip(FlipMode mode) {
      this.flip = new RandomFlip(mode);
      return this;
    }

    /**
     * Rotates by an angle drawn from {@code [-factor, factor] * 2 pi}, counter-clockwise for positive
     * angles: {@code RandomRotation(factor)}; {@code 0.1} is up to 36 degrees either way.
     *
     * @throws IllegalArgumentException if {@code factor} is negative or not finite
     */
    public Builder randomRotation(double factor) {
      return randomRotation(Factor.symmetric(factor));
    }

    /** Rotates by an angle drawn from {@code [lower, upper] * 2 pi}: {@code RandomRotation((lower, upper))}. */
    public Builder randomRotation(Factor factor) {
      this.rotation = new RandomRotation(Objects.requireNonNull(factor, "factor"));
      return this;
    }

    /**
     * Zooms both axes by one factor {@code 1 + z}, {@code z} drawn from {@code [-factor, factor]}
     * (positive zooms out, negative in; the aspect ratio is kept): {@code RandomZoom(factor)}.
     *
     * @throws IllegalArgumentException if {@code factor} is negative, not finite, or 1 or more
     */
    public Builder randomZoom(double factor) {
      return randomZoom(Factor.symmetric(factor), null);
    }

    /**
     * Zooms the height by {@code 1 + h} and the width by {@code 1 + w}, {@code h} drawn from
     * {@code height} and {@code w} from {@code width}, or the width as the height when {@code width}
     * is null: {@code RandomZoom(height_factor, width_factor)}.
     *
     * @throws IllegalArgumentException if a lower bound is -1 or less
     */
    public Builder randomZoom(Factor height, Factor width) {
      this.zoom = new RandomZoom(Objects.requireNonNull(height, "height"), width);
      return this;
    }

    /**
     * Shifts by up to {@code heightFactor} of the height and {@code widthFactor} of the width either
     * way: {@code RandomTranslation(height_factor, width_factor)}; positive moves down and right.
     *
     * @throws IllegalArgumentException if a factor is negative or above 1
     */
    public Builder randomTranslation(double heightFactor, double widthFactor) {
      return randomTranslation(Factor.symmetric(heightFactor), Factor.symmetric(widthFactor));
    }

    /**
     * Shifts by a fraction of the height drawn from {@code height} and of the width drawn from
     * {@code width}.
     *
     * @throws IllegalArgumentException if a bound is outside {@code [-1, 1]}
     */
    public Builder randomTranslation(Factor height, Factor width) {
      this.translation = new RandomTranslation(Objects.requireNonNull(height, "height"),
          Objects.requireNonNull(width, "width"));
      return this;
    }

    /**
     * Adds {@code f * (high - low)} of the {@link #valueRange value range} to every value, {@code f}
     * drawn from {@code [-factor, factor]}, and clips: {@code RandomBrightness(factor)}.
     *
     * @throws IllegalArgumentException if {@code factor} is negative or above 1
     */
    public Builder randomBrightness(double factor) {
      return randomBrightness(Factor.symmetric(factor));
    }

    /** As {@link #randomBrightness(double)} with {@code f} drawn from {@code factor}, within {@code [-1, 1]}. */
    public Builder randomBrightness(Factor factor) {
      this.brightness = new RandomBrightness(Objects.requireNonNull(factor, "factor"));
      return this;
    }

    /**
     * Scales each channel's deviations from its mean by a factor drawn from
     * {@code [1 - factor, 1 + factor]}, and clips: {@code RandomContrast(factor)}.
     *
     * @throws IllegalArgumentException if {@code factor} is outside {@code [0, 1]}
     */
    public Builder randomContrast(double factor) {
      return randomContrast(new Factor(factor, factor));
    }

    /**
     * Keras's {@code RandomContrast((lower, upper))}: contrast factors drawn from
     * {@code [1 - lower, 1 + upper]}, {@code lower} and {@code upper} within {@code [0, 1]}.
     *
     * @throws IllegalArgumentException if a bound is outside {@code [0, 1]}
     */
    public Builder randomContrast(Factor lowerUpper) {
      this.contrast = new RandomContrast(Objects.requireNonNull(lowerUpper, "lowerUpper"));
      return this;
    }

    /** How geometric transforms fill what falls outside the image (default {@link FillMode#REFLECT}). */
    public Builder fillMode(FillMode value) {
      this.fillMode = Objects.requireNonNull(value, "fillMode");
      return this;
    }

    /**
     * The value {@link FillMode#CONSTANT} fills with, in the data's units (default 0).
     *
     * @throws IllegalArgumentException if not finite
     */
    public Builder fillValue(double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("fillValue must be finite, got " + value);
      }
      this.fillValue = value;
      return this;
    }

    /** How geometric transforms read between pixels (default {@link Interpolation#BILINEAR}). */
    public Builder interpolation(Interpolation value) {
      this.interpolation = Objects.requireNonNull(value, "interpolation");
      return this;
    }

    /**
     * The range of the images' values (Keras's {@code value_range}, default {@code [0, 255]}):
     * brightness moves by fractions of it, brightness and contrast clip to it. With
     * {@code rescale(1 / 255.0)} it is {@code [0, 1]}; for standardized images it is the
     * standardized black and white, {@code [(0 - mean) / std, (255 - mean) / std]}.
     *
     * @throws IllegalArgumentException if not finite or {@code high <= low}
     */
    public Builder valueRange(double low, double high) {
      if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
        throw new IllegalArgumentException("valueRange needs finite low < high, got [" + low + ", " + high + "]");
      }
      this.low = low;
      this.high = high;
      return this;
    }

    /** The augmentation. */
    public Augmentation build() {
      return new Augmentation(this);
    }
  }
}
