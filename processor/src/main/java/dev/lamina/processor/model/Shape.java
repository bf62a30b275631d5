package dev.lamina.processor.model;

/**
 * The shape of one example's activations, without the batch dimension: {@link Spatial}
 * ({@code [height, width, channels]}, NHWC) or {@link Flat} ({@code [features]}).
 */
public sealed interface Shape permits Shape.Spatial, Shape.Flat {

  /** The dimensions, e.g. {@code {28, 28, 32}} or {@code {1152}}. */
  int[] dims();

  /**
   * Number of values per example.
   *
   * @throws ArithmeticException if it exceeds {@code Long.MAX_VALUE}
   */
  long size();

  /** The size of the last axis: channels or features. */
  int lastAxis();

  /** Human form used in messages: {@code 28x28x32} or {@code 1152}. */
  String describe();

  /**
   * An image-like shape, {@code [height, width, channels]}. Components may be zero or negative only
   * while a failed computation is being reported.
   */
  record Spatial(int height, int width, int channels) implements Shape {
    @Override
    public int[] dims() {
      return new int[] {height, width, channels};
    }

    @Override
    public long size() {
      return Math.multiplyExact(Math.multiplyExact((long) height, width), channels);
    }

    @Override
    public int lastAxis() {
      return channels;
    }

    @Override
    public String describe() {
      return height + "x" + width + "x" + channels;
    }
  }

  /** A vector per example, {@code [features]}. */
  record Flat(int features) implements Shape {
    @Override
    public int[] dims() {
      return new int[] {features};
    }

    @Override
    public long size() {
      return features;
    }

    @Override
    public int lastAxis() {
      return features;
    }

    @Override
    public String describe() {
      return Integer.toString(features);
    }
  }
}
