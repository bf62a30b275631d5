package dev.lamina.dsl;

/**
 * How a parameter tensor is filled before training ({@code keras.initializers}). {@code fanIn} and
 * {@code fanOut} follow Keras: for a kernel {@code [kH, kW, in, out]}, {@code fanIn = kH*kW*in} and
 * {@code fanOut = kH*kW*out}; for a dense kernel {@code [in, units]}, {@code in} and {@code units}.
 * The normal variants draw from a normal distribution truncated at two standard deviations, as Keras
 * does.
 */
public enum Initializer {
  /** Uniform in {@code [-l, l]}, {@code l = sqrt(6 / (fanIn + fanOut))} (Glorot &amp; Bengio, 2010). Keras's default for kernels. */
  GLOROT_UNIFORM,
  /** Truncated normal, standard deviation {@code sqrt(2 / (fanIn + fanOut))}. */
  GLOROT_NORMAL,
  /** Truncated normal, standard deviation {@code sqrt(2 / fanIn)} (He et al., 2015). */
  HE_NORMAL,
  /** Uniform in {@code [-l, l]}, {@code l = sqrt(6 / fanIn)}. */
  HE_UNIFORM,
  /** Truncated normal, standard deviation {@code sqrt(1 / fanIn)} (LeCun, 1998); the match for SELU. */
  LECUN_NORMAL,
  /** Uniform in {@code [-l, l]}, {@code l = sqrt(3 / fanIn)}. */
  LECUN_UNIFORM,
  /** All zeros. Keras's default for biases. */
  ZEROS,
  /** All ones. */
  ONES
}
