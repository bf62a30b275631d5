package dev.lamina.keras;

import dev.lamina.keras.file.KerasFiles;
import dev.lamina.keras.weights.WeightLoader;
import dev.lamina.runtime.Model;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a Keras model's trained weights into a Lamina network, checking that the network declares
 * the same layers.
 *
 * <p>Files: Keras 2 HDF5 model files ({@code model.save("x.h5")}, {@code ModelCheckpoint}) and weights
 * files ({@code save_weights("x.h5")}); Keras 3 {@code .keras} archives and {@code .weights.h5} files.
 * The Keras layers are paired with the network's layers in order: with the architecture in the file,
 * every Keras layer but the input with one Lamina layer of the same kind and settings (filters or
 * units, kernel size, strides, dilation, padding, activation, use of a bias, pooling window, batch
 * normalization's epsilon, center and scale); without it, the layers that hold weights (in Keras 3
 * files, the class-named group each Lamina layer's kind gets: the second {@code Conv2D} is
 * {@code layers/conv2d_1}). Every tensor's shape must equal the Lamina parameter's; all of this is
 * checked before anything is assigned, so a refused load leaves the network as it was.
 *
 * <p>Layouts: Keras and Lamina store every kernel the same way (NHWC activations, Keras's weight
 * layouts), so no tensor is transposed: Conv2D {@code [kH, kW, in, filters]} (HWIO); Conv2DTranspose
 * {@code [kH, kW, filters, in]} (output channels before input channels, as Keras has it);
 * DepthwiseConv2D {@code [kH, kW, in, depthMultiplier]}; SeparableConv2D depthwise
 * {@code [kH, kW, in, depthMultiplier]} and pointwise {@code [1, 1, in*depthMultiplier, filters]};
 * Dense {@code [in, units]}, whose rows follow Flatten's row-major NHWC order in both; BatchNormalization
 * {@code gamma}, {@code beta}, {@code moving_mean}, {@code moving_variance}, each {@code [channels]},
 * {@code gamma} absent with {@code scale=False} and {@code beta} with {@code center=False}. A converter
 * from a channels-first framework (PyTorch's OIHW, for example) would transpose; Keras files need none.
 *
 * <p>Values are converted to the network's data type (float32 weights into a {@code DOUBLE} network
 * convert exactly).
 */
public final class KerasWeights {
  private KerasWeights() {}

  /**
   * Loads the weights of {@code file} into {@code model}.
   *
   * @param model a generated network, e.g. {@code LaminaFashionCnn.create(0)}
   * @param file a Keras model or weights file
   * @return what was loaded, and settings that differ in training only
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws KerasFormatException if the file is not a readable Keras file (not HDF5, truncated, missing a
   *     weight its layer lists); the message names the file and the layer
   * @throws UnsupportedKerasModelException if the file's architecture has a layer or setting Lamina lacks
   * @throws IncompatibleKerasWeightsException if the layers do not pair up: another count, kind, setting or
   *     tensor shape, a missing weight, or a non-finite value; every mismatch is listed, naming the Keras
   *     layer and the Lamina layer with both shapes or settings, and nothing is assigned
   * @throws IOException if the file cannot be read
   */
  public static KerasWeightsReport load(Model model, Path file) throws IOException {
    return WeightLoader.load(model, KerasFiles.read(file));
  }
}
