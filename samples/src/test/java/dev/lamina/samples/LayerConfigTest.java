package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Padding;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.layer.config.BatchNormConfig;
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
import dev.lamina.samples.nets.LaminaActivationNets_Selu;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseDilatedMultiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_SeparableValidStride2Multiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_TransposeValidKernelBelowStride;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormSpatial;
import dev.lamina.samples.nets.LaminaNormNets_DropoutNet;
import dev.lamina.samples.nets.LaminaPoolNets_AvgSameStride1;
import dev.lamina.samples.nets.LaminaPoolNets_GlobalAvg;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Every layer handle carries the configuration its annotation declared ({@code Layer.config()}) and
 * the layers it reads ({@code Layer.inputs()}), as the generated code wrote them.
 */
class LayerConfigTest {

  @Test
  void fashionCnnLayersCarryTheirAnnotationsAndTheirPredecessor() {
    LaminaFashionCnn model = LaminaFashionCnn.create(1);
    assertEquals(new Conv2DConfig(32, new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME), ActivationFunction.SELU, true),
        model.conv1().config());
    assertEquals(new PoolingConfig(PoolMode.MAX, new Window2D(2, 2, 2, 2, 1, 1, Padding.VALID)),
        model.pool1().config());
    assertEquals(new FlattenConfig(), model.flatten().config());
    // the last layer's kernel leaves softmax to the loss; its configuration still says SOFTMAX
    assertEquals(new DenseConfig(10, ActivationFunction.SOFTMAX, true), model.output().config());
    assertEquals(List.of(), model.conv1().inputs());
    assertEquals(List.of("conv1"), model.conv2().inputs());
    assertEquals(List.of("dense1"), model.output().inputs());
    for (Layer layer : model.layers()) {
      assertEquals(layer.config().kerasType(), layer.type(), layer.name());
    }
  }

  @Test
  void everyLayerKindHasItsConfiguration() {
    assertConfigs(LaminaFashionSeparableCnn.create(1),
        new SeparableConv2DConfig(64, 1, new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME), ActivationFunction.SELU, true),
        "sep3");
    assertConfigs(LaminaConvNets_SeparableValidStride2Multiplier2NoBias.create(1, DataType.FLOAT),
        new SeparableConv2DConfig(3, 2, new Window2D(3, 3, 2, 2, 1, 1, Padding.VALID), ActivationFunction.LINEAR,
            false), "separable");
    assertConfigs(LaminaConvNets_DepthwiseDilatedMultiplier2NoBias.create(1, DataType.FLOAT),
        new DepthwiseConv2DConfig(2, new Window2D(2, 2, 1, 1, 2, 2, Padding.SAME), ActivationFunction.LINEAR, false),
        null);
    assertConfigs(LaminaConvNets_TransposeValidKernelBelowStride.create(1, DataType.FLOAT),
        new Conv2DTransposeConfig(2, new Window2D(1, 2, 2, 3, 1, 1, Padding.VALID), ActivationFunction.LINEAR, true),
        null);
    assertConfigs(LaminaPoolNets_AvgSameStride1.create(1, DataType.FLOAT),
        new PoolingConfig(PoolMode.AVG, new Window2D(2, 3, 1, 1, 1, 1, Padding.SAME)), null);
    assertConfigs(LaminaPoolNets_GlobalAvg.create(1, DataType.FLOAT), new GlobalPoolingConfig(PoolMode.AVG), null);
    assertConfigs(LaminaPoolNets_GlobalAvg.create(1, DataType.FLOAT), new DenseConfig(2, ActivationFunction.LINEAR,
        false), "dense");
    assertConfigs(LaminaNormNets_BatchNormSpatial.create(1, DataType.FLOAT),
        new BatchNormConfig(0.99, 1e-3, true, true), "norm");
    assertConfigs(LaminaNormNets_BatchNormSpatial.create(1, DataType.FLOAT), new BatchNormConfig(0.9, 0.01, false,
        false), "norm2");
    assertConfigs(LaminaNormNets_DropoutNet.create(1, DataType.FLOAT), new DropoutConfig(0.25), "drop2");
    assertConfigs(LaminaActivationNets_Selu.create(1, DataType.FLOAT), new ActivationConfig(ActivationFunction.SELU),
        "activation");
  }

  /** Asserts the configuration of the layer named {@code layer}, or of the first layer when null. */
  private static void assertConfigs(Model model, LayerConfig expected, String layer) {
    Layer found = layer == null ? model.layers().get(0)
        : model.layers().stream().filter(l -> l.name().equals(layer)).findFirst().orElseThrow();
    assertEquals(expected, found.config(), model.name() + "." + found.name());
  }
}
