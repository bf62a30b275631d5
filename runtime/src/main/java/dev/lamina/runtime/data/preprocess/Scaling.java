package dev.lamina.runtime.data.preprocess;

/** What a {@link StandardScaler} computes its means and standard deviations over. */
public enum Scaling {
  /**
   * One mean and one standard deviation over every value of every example, as the Keras tutorial
   * does with scikit-learn: {@code scaler.fit_transform(x.reshape(-1, 1))}.
   */
  GLOBAL,
  /**
   * One mean and standard deviation per feature (per pixel position and channel), as scikit-learn's
   * {@code StandardScaler} on examples flattened to rows: {@code x.reshape(n, -1)}.
   */
  PER_FEATURE
}
