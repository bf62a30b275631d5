package dev.lamina.runtime.layer.config;

/**
 * A layer's declared configuration (Keras: {@code layer.get_config()}). One record per layer kind; a
 * tool tells them apart with {@code instanceof}.
 */
public sealed interface LayerConfig
    permits Conv2DConfig, SeparableConv2DConfig, DepthwiseConv2DConfig, Conv2DTransposeConfig, DenseConfig,
        PoolingConfig, GlobalPoolingConfig, FlattenConfig, DropoutConfig, BatchNormConfig, ActivationConfig,
        MergeConfig, ConcatenateConfig, UpSampling2DConfig, ZeroPadding2DConfig, Cropping2DConfig {

  /** The layer's kind as Keras names its class: {@code Conv2D}, {@code MaxPooling2D}, {@code Dense}, ... */
  String kerasType();
}
