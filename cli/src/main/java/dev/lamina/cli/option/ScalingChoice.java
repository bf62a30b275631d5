package dev.lamina.cli.option;

import dev.lamina.cli.data.Preprocessing;

/** How {@code lamina train --scaling} scales pixel values. */
public enum ScalingChoice {
  /** {@code (x - mean) / std} with the training images' mean and standard deviation (the tutorial's). */
  STANDARDIZE(Preprocessing.STANDARDIZE),
  /** {@code x / 255}, Keras's {@code Rescaling(1./255)}. */
  RESCALE(Preprocessing.RESCALE);

  private final String id;

  ScalingChoice(String id) {
    this.id = id;
  }

  /** The name in {@code preprocessing.json}. */
  public String id() {
    return id;
  }
}
