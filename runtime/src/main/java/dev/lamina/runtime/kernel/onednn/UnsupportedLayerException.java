package dev.lamina.runtime.kernel.onednn;

/**
 * oneDNN has no implementation for a layer's configuration (its primitive descriptor could not be
 * created); the caller runs the layer on libnd4j instead.
 */
public final class UnsupportedLayerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnsupportedLayerException(String message, Throwable cause) {
    super(message, cause);
  }
}
