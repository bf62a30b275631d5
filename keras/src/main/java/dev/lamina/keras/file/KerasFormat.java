package dev.lamina.keras.file;

/** The kinds of file Keras writes a model or its weights to. */
public enum KerasFormat {
  /**
   * Keras 2's HDF5 model file ({@code model.save("x.h5")}, {@code ModelCheckpoint}): the architecture
   * as the JSON attribute {@code model_config}, weights under {@code model_weights/<layer>/<weight name>}.
   */
  KERAS2_MODEL("Keras 2 HDF5 model", true),
  /**
   * Keras 2's HDF5 weights file ({@code save_weights("x.h5")}): the root holds the attribute
   * {@code layer_names} and one group per layer; no architecture.
   */
  KERAS2_WEIGHTS("Keras 2 HDF5 weights", false),
  /**
   * Keras 3's {@code .keras} archive: a zip of {@code config.json}, {@code metadata.json} and
   * {@code model.weights.h5}, whose weights lie under {@code layers/<class_snake>[_N]/vars/<i>}.
   */
  KERAS3_ARCHIVE("Keras 3 .keras archive", true),
  /** Keras 3's {@code .weights.h5} ({@code save_weights}): the weights of the archive, without architecture. */
  KERAS3_WEIGHTS("Keras 3 weights", false);

  private final String description;
  private final boolean hasArchitecture;

  KerasFormat(String description, boolean hasArchitecture) {
    this.description = description;
    this.hasArchitecture = hasArchitecture;
  }

  /** Whether files of this format hold the architecture (the model's configuration). */
  public boolean hasArchitecture() {
    return hasArchitecture;
  }

  /** Whether weights are stored under Keras 3's class-named groups ({@code layers/conv2d_1/vars/0}). */
  public boolean keras3() {
    return this == KERAS3_ARCHIVE || this == KERAS3_WEIGHTS;
  }

  @Override
  public String toString() {
    return description;
  }
}
