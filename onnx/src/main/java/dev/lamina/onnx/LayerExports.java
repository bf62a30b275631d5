package dev.lamina.onnx;

import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.layer.config.BatchNormConfig;
import dev.lamina.runtime.layer.config.ConcatenateConfig;
import dev.lamina.runtime.layer.config.Cropping2DConfig;
import dev.lamina.runtime.layer.config.MergeConfig;
import dev.lamina.runtime.layer.config.UpSampling2DConfig;
import dev.lamina.runtime.layer.config.ZeroPadding2DConfig;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import dev.lamina.runtime.layer.config.DenseConfig;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import dev.lamina.runtime.layer.config.DropoutConfig;
import dev.lamina.runtime.layer.config.FlattenConfig;
import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;

/** Which {@link LayerExport} a layer kind has, by its configuration's type. A new kind adds one line here. */
final class LayerExports {
  private LayerExports() {}

  /** @throws IllegalArgumentException for a layer kind without an ONNX export */
  static LayerExport of(Layer layer) {
    LayerConfig c = layer.config();
    if (c instanceof Conv2DConfig) {
      return new Conv2DExport();
    } else if (c instanceof SeparableConv2DConfig) {
      return new SeparableConv2DExport();
    } else if (c instanceof DepthwiseConv2DConfig) {
      return new DepthwiseConv2DExport();
    } else if (c instanceof Conv2DTransposeConfig) {
      return new Conv2DTransposeExport();
    } else if (c instanceof DenseConfig) {
      return new DenseExport();
    } else if (c instanceof PoolingConfig) {
      return new PoolingExport();
    } else if (c instanceof GlobalPoolingConfig) {
      return new GlobalPoolingExport();
    } else if (c instanceof FlattenConfig) {
      return new FlattenExport();
    } else if (c instanceof DropoutConfig) {
      return new DropoutExport();
    } else if (c instanceof BatchNormConfig) {
      return new BatchNormExport();
    } else if (c instanceof ActivationConfig) {
      return new ActivationExport();
    } else if (c instanceof MergeConfig) {
      return new MergeExport();
    } else if (c instanceof ConcatenateConfig) {
      return new ConcatenateExport();
    } else if (c instanceof UpSampling2DConfig || c instanceof ZeroPadding2DConfig || c instanceof Cropping2DConfig) {
      return new ReshapingExport();
    }
    throw new IllegalArgumentException("layer " + layer.name() + " (" + c.kerasType() + ") has no ONNX export");
  }
}
