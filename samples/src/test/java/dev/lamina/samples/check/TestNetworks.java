package dev.lamina.samples.check;

import dev.lamina.samples.nets.ActivationNets;
import dev.lamina.samples.nets.ConvNets;
import dev.lamina.samples.nets.NormNets;
import dev.lamina.samples.nets.PoolNets;
import dev.lamina.samples.nets.WholeNets;
import dev.lamina.samples.nets.LaminaActivationNets_Elu;
import dev.lamina.samples.nets.LaminaActivationNets_LeakyRelu;
import dev.lamina.samples.nets.LaminaActivationNets_Linear;
import dev.lamina.samples.nets.LaminaActivationNets_Relu;
import dev.lamina.samples.nets.LaminaActivationNets_Selu;
import dev.lamina.samples.nets.LaminaActivationNets_Sigmoid;
import dev.lamina.samples.nets.LaminaActivationNets_Softmax;
import dev.lamina.samples.nets.LaminaActivationNets_Softplus;
import dev.lamina.samples.nets.LaminaActivationNets_Swish;
import dev.lamina.samples.nets.LaminaActivationNets_Tanh;
import dev.lamina.samples.nets.LaminaConvNets_ConvDilatedSame;
import dev.lamina.samples.nets.LaminaConvNets_ConvDilatedValid;
import dev.lamina.samples.nets.LaminaConvNets_ConvSame;
import dev.lamina.samples.nets.LaminaConvNets_ConvSameStride2;
import dev.lamina.samples.nets.LaminaConvNets_ConvValidStride2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseDilatedMultiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_DepthwisePointOnPoint;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseSame;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseSingleChannelMultiplier2;
import dev.lamina.samples.nets.LaminaConvNets_DepthwiseValidStride2Multiplier2;
import dev.lamina.samples.nets.LaminaConvNets_SeparableDilatedSame;
import dev.lamina.samples.nets.LaminaConvNets_SeparableSame;
import dev.lamina.samples.nets.LaminaConvNets_SeparableSingleChannel;
import dev.lamina.samples.nets.LaminaConvNets_SeparableValidStride2Multiplier2NoBias;
import dev.lamina.samples.nets.LaminaConvNets_TransposeSame;
import dev.lamina.samples.nets.LaminaConvNets_TransposeSameStride2;
import dev.lamina.samples.nets.LaminaConvNets_TransposeValidKernelBelowStride;
import dev.lamina.samples.nets.LaminaConvNets_TransposeValidStride2NoBias;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormScaleOnly;
import dev.lamina.samples.nets.LaminaNormNets_BatchNormSpatial;
import dev.lamina.samples.nets.LaminaNormNets_DropoutNet;
import dev.lamina.samples.nets.LaminaNormNets_SigmoidClassifier;
import dev.lamina.samples.nets.LaminaNormNets_SoftmaxClassifier;
import dev.lamina.samples.nets.LaminaPoolNets_AvgSameStride1;
import dev.lamina.samples.nets.LaminaPoolNets_AvgSameStride2;
import dev.lamina.samples.nets.LaminaPoolNets_AvgValidStride1;
import dev.lamina.samples.nets.LaminaPoolNets_FlattenDense;
import dev.lamina.samples.nets.LaminaPoolNets_GlobalAvg;
import dev.lamina.samples.nets.LaminaPoolNets_GlobalMax;
import dev.lamina.samples.nets.LaminaPoolNets_MaxSameStride2;
import dev.lamina.samples.nets.LaminaPoolNets_MaxValid;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionCnn;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionResNet;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionSeparableCnn;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionUNet;
import dev.lamina.samples.nets.LaminaGraphNets_Residual;
import dev.lamina.samples.nets.LaminaGraphNets_FanOutThree;
import dev.lamina.samples.nets.LaminaGraphNets_SubtractNet;
import dev.lamina.samples.nets.LaminaGraphNets_MultiplyNet;
import dev.lamina.samples.nets.LaminaGraphNets_AverageMaximum;
import dev.lamina.samples.nets.LaminaGraphNets_SmallUNet;
import dev.lamina.samples.nets.LaminaGraphNets_ReshapingNet;
import dev.lamina.samples.nets.GraphNets;
import dev.lamina.samples.nets.LaminaGraphNets_MergesIntoConcat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Every test network of {@code dev.lamina.samples.nets}, by group, as named factories for parameterized tests. */
public final class TestNetworks {
  private TestNetworks() {}

  /** One convolution each ({@link ConvNets}). */
  public static List<Named<Factory>> convolutions() {
    return List.of(
        Named.of("ConvNets.ConvDilatedSame", LaminaConvNets_ConvDilatedSame::create),
        Named.of("ConvNets.ConvDilatedValid", LaminaConvNets_ConvDilatedValid::create),
        Named.of("ConvNets.ConvSame", LaminaConvNets_ConvSame::create),
        Named.of("ConvNets.ConvSameStride2", LaminaConvNets_ConvSameStride2::create),
        Named.of("ConvNets.ConvValidStride2NoBias", LaminaConvNets_ConvValidStride2NoBias::create),
        Named.of("ConvNets.DepthwiseDilatedMultiplier2NoBias", LaminaConvNets_DepthwiseDilatedMultiplier2NoBias::create),
        Named.of("ConvNets.DepthwisePointOnPoint", LaminaConvNets_DepthwisePointOnPoint::create),
        Named.of("ConvNets.DepthwiseSame", LaminaConvNets_DepthwiseSame::create),
        Named.of("ConvNets.DepthwiseSingleChannelMultiplier2", LaminaConvNets_DepthwiseSingleChannelMultiplier2::create),
        Named.of("ConvNets.DepthwiseValidStride2Multiplier2", LaminaConvNets_DepthwiseValidStride2Multiplier2::create),
        Named.of("ConvNets.SeparableDilatedSame", LaminaConvNets_SeparableDilatedSame::create),
        Named.of("ConvNets.SeparableSame", LaminaConvNets_SeparableSame::create),
        Named.of("ConvNets.SeparableSingleChannel", LaminaConvNets_SeparableSingleChannel::create),
        Named.of("ConvNets.SeparableValidStride2Multiplier2NoBias", LaminaConvNets_SeparableValidStride2Multiplier2NoBias::create),
        Named.of("ConvNets.TransposeSame", LaminaConvNets_TransposeSame::create),
        Named.of("ConvNets.TransposeSameStride2", LaminaConvNets_TransposeSameStride2::create),
        Named.of("ConvNets.TransposeValidKernelBelowStride", LaminaConvNets_TransposeValidKernelBelowStride::create),
        Named.of("ConvNets.TransposeValidStride2NoBias", LaminaConvNets_TransposeValidStride2NoBias::create));
  }

  /** Pooling, flatten and dense ({@link PoolNets}). */
  public static List<Named<Factory>> poolingAndDense() {
    return List.of(
        Named.of("PoolNets.AvgSameStride1", LaminaPoolNets_AvgSameStride1::create),
        Named.of("PoolNets.AvgSameStride2", LaminaPoolNets_AvgSameStride2::create),
        Named.of("PoolNets.AvgValidStride1", LaminaPoolNets_AvgValidStride1::create),
        Named.of("PoolNets.FlattenDense", LaminaPoolNets_FlattenDense::create),
        Named.of("PoolNets.GlobalAvg", LaminaPoolNets_GlobalAvg::create),
        Named.of("PoolNets.GlobalMax", LaminaPoolNets_GlobalMax::create),
        Named.of("PoolNets.MaxSameStride2", LaminaPoolNets_MaxSameStride2::create),
        Named.of("PoolNets.MaxValid", LaminaPoolNets_MaxValid::create));
  }

  /** One per activation function ({@link ActivationNets}). */
  public static List<Named<Factory>> activations() {
    return List.of(
        Named.of("ActivationNets.Elu", LaminaActivationNets_Elu::create),
        Named.of("ActivationNets.LeakyRelu", LaminaActivationNets_LeakyRelu::create),
        Named.of("ActivationNets.Linear", LaminaActivationNets_Linear::create),
        Named.of("ActivationNets.Relu", LaminaActivationNets_Relu::create),
        Named.of("ActivationNets.Selu", LaminaActivationNets_Selu::create),
        Named.of("ActivationNets.Sigmoid", LaminaActivationNets_Sigmoid::create),
        Named.of("ActivationNets.Softmax", LaminaActivationNets_Softmax::create),
        Named.of("ActivationNets.Softplus", LaminaActivationNets_Softplus::create),
        Named.of("ActivationNets.Swish", LaminaActivationNets_Swish::create),
        Named.of("ActivationNets.Tanh", LaminaActivationNets_Tanh::create));
  }

  /** Batch normalization, dropout and classifiers ({@link NormNets}). */
  public static List<Named<Factory>> normalization() {
    return List.of(
        Named.of("NormNets.BatchNormScaleOnly", LaminaNormNets_BatchNormScaleOnly::create),
        Named.of("NormNets.BatchNormSpatial", LaminaNormNets_BatchNormSpatial::create),
        Named.of("NormNets.DropoutNet", LaminaNormNets_DropoutNet::create),
        Named.of("NormNets.SigmoidClassifier", LaminaNormNets_SigmoidClassifier::create),
        Named.of("NormNets.SoftmaxClassifier", LaminaNormNets_SoftmaxClassifier::create));
  }

  /** Networks that are no chain: merges, concatenation, reshaping, fan-out ({@link GraphNets}). */
  public static List<Named<Factory>> graphs() {
    return List.of(
        Named.of("GraphNets.Residual", LaminaGraphNets_Residual::create),
        Named.of("GraphNets.FanOutThree", LaminaGraphNets_FanOutThree::create),
        Named.of("GraphNets.SubtractNet", LaminaGraphNets_SubtractNet::create),
        Named.of("GraphNets.MultiplyNet", LaminaGraphNets_MultiplyNet::create),
        Named.of("GraphNets.AverageMaximum", LaminaGraphNets_AverageMaximum::create),
        Named.of("GraphNets.SmallUNet", LaminaGraphNets_SmallUNet::create),
        Named.of("GraphNets.ReshapingNet", LaminaGraphNets_ReshapingNet::create),
        Named.of("GraphNets.MergesIntoConcat", LaminaGraphNets_MergesIntoConcat::create));
  }

  /** The tutorial's networks at reduced width ({@link WholeNets}). */
  public static List<Named<Factory>> whole() {
    return List.of(
        Named.of("WholeNets.SmallFashionCnn", LaminaWholeNets_SmallFashionCnn::create),
        Named.of("WholeNets.SmallFashionSeparableCnn", LaminaWholeNets_SmallFashionSeparableCnn::create));
  }

  /**
   * The graph samples ({@code FashionResNet}, {@code FashionUNet}) at reduced width ({@link WholeNets}),
   * for the whole-network gradient checks; not in {@link #all()}, which holds every layer's graph
   * networks ({@link #graphs()}) already.
   */
  public static List<Named<Factory>> graphSamples() {
    return List.of(
        Named.of("WholeNets.SmallFashionResNet", LaminaWholeNets_SmallFashionResNet::create),
        Named.of("WholeNets.SmallFashionUNet", LaminaWholeNets_SmallFashionUNet::create));
  }

  /** All of them except the whole networks. */
  public static Stream<Named<Factory>> layers() {
    return Stream.of(convolutions(), poolingAndDense(), activations(), normalization(), graphs()).flatMap(List::stream);
  }

  /** All of them. */
  public static Stream<Named<Factory>> all() {
    return Stream.concat(layers(), whole().stream());
  }
}
