package dev.lamina.processor.model;

/**
 * A layer's parameters as Keras counts them.
 *
 * @param trainable updated by the optimizer
 * @param nonTrainable kept but not trained (batch normalization's moving statistics)
 */
public record ParamCount(long trainable, long nonTrainable) {
  /** No parameters. */
  public static final ParamCount NONE = new ParamCount(0, 0);

  /** Only trainable parameters. */
  public static ParamCount trainable(long count) {
    return new ParamCount(count, 0);
  }

  /** Trainable plus non-trainable. */
  public long total() {
    return trainable + nonTrainable;
  }
}
