package dev.lamina.runtime;

import java.util.Locale;

/**
 * A network's memory could not be allocated: its parameters when it is created, or the activation and
 * gradient buffers of a batch size on its first pass with that size. Thrown instead of the
 * {@code OutOfMemoryError} that ND4J, JavaCPP or the Java heap report, which names neither the network
 * nor what was asked for; the error is the cause.
 */
public final class MemoryAllocationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@link #batchSize()} of an allocation that does not depend on the batch (parameters). */
  public static final int NO_BATCH = 0;

  private final String network;
  private final String layer;
  private final int batchSize;
  private final long bytes;

  /**
   * @param network the network's name
   * @param layer the layer the allocation was for ({@code input} for the input's buffers; a
   *     description for the parameters of every layer)
   * @param batchSize the batch size the buffers were for, {@link #NO_BATCH} for parameters
   * @param bytes the bytes requested ({@code Long.MAX_VALUE} when the figure itself overflows)
   * @param cause the error the allocation failed with
   */
  public MemoryAllocationException(String network, String layer, int batchSize, long bytes, Throwable cause) {
    super(message(network, layer, batchSize, bytes, cause), cause);
    this.network = network;
    this.layer = layer;
    this.batchSize = batchSize;
    this.bytes = bytes;
  }

  private static String message(String network, String layer, int batchSize, long bytes, Throwable cause) {
    String size = bytes == Long.MAX_VALUE ? "more than " + String.format(Locale.ROOT, "%,d", Long.MAX_VALUE)
        : String.format(Locale.ROOT, "%,d", bytes);
    String what = batchSize == NO_BATCH ? "its parameters" : "its buffers for batch size " + batchSize;
    return "network " + network + ", layer " + layer + ": cannot allocate " + size + " bytes for " + what + " ("
        + cause + "). "
        + (batchSize == NO_BATCH ? "Give the JVM more memory (-Xmx, -Dorg.bytedeco.javacpp.maxbytes) or declare a"
            + " smaller network." : "Use a smaller batch, give the JVM more memory (-Xmx,"
            + " -Dorg.bytedeco.javacpp.maxbytes), or declare a smaller input.");
  }

  /** The network's name. */
  public String network() {
    return network;
  }

  /** The layer the allocation was for. */
  public String layer() {
    return layer;
  }

  /** The batch size, or {@link #NO_BATCH} for parameters. */
  public int batchSize() {
    return batchSize;
  }

  /** The bytes requested, {@code Long.MAX_VALUE} if that overflows a {@code long}. */
  public long bytes() {
    return bytes;
  }

  /**
   * {@code elements * bytesPerElement}, or {@code Long.MAX_VALUE} when that overflows.
   *
   * @param bytesPerElement the element width
   * @param shape the dimensions
   */
  public static long bytes(int bytesPerElement, long... shape) {
    long n = bytesPerElement;
    for (long d : shape) {
      if (d != 0 && n > Long.MAX_VALUE / d) {
        return Long.MAX_VALUE;
      }
      n *= d;
    }
    return n;
  }
}
