package dev.lamina.keras;

/**
 * A Keras model that Lamina cannot declare: a layer class Lamina has no annotation for, a setting of
 * a known layer that Lamina lacks ({@code data_format="channels_first"}, {@code groups > 1}, an
 * activation outside {@link dev.lamina.dsl.ActivationFunction}, ...), more than one input, or layers
 * that do not form a chain. The message names the file, the Keras layer, its class and the setting.
 */
public final class UnsupportedKerasModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message what Lamina lacks, naming the file, the layer, its class and the setting */
  public UnsupportedKerasModelException(String message) {
    super(message);
  }
}
