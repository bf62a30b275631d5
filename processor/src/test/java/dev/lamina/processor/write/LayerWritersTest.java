package dev.lamina.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.dsl.Padding;
import dev.lamina.processor.model.ActivationSpec;
import dev.lamina.processor.model.BatchNormSpec;
import dev.lamina.processor.model.ConcatenateSpec;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.Cropping2DSpec;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.DepthwiseConv2DSpec;
import dev.lamina.processor.model.DropoutSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.GlobalPoolSpec;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.MergeSpec;
import dev.lamina.processor.model.Pair;
import dev.lamina.processor.model.PoolKind;
import dev.lamina.processor.model.PoolSpec;
import dev.lamina.processor.model.SeparableConv2DSpec;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.model.UpSampling2DSpec;
import dev.lamina.processor.model.Window;
import dev.lamina.processor.model.Interpolation;
import dev.lamina.processor.model.Margins;
import dev.lamina.processor.model.MergeMode;
import dev.lamina.processor.model.ZeroPadding2DSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every layer kind has a writer: Java 17 cannot check a switch over the sealed {@link LayerSpec} for
 * exhaustiveness, so this test does, against the permitted subtypes.
 */
class LayerWritersTest {
  private static final Window WINDOW = Window.of(Pair.square(3), Pair.square(1), Padding.SAME);
  private static final Initializer GU = Initializer.GLOROT_UNIFORM;
  private static final ActivationFunction LINEAR = ActivationFunction.LINEAR;

  static List<LayerSpec> oneOfEachKind() {
    return List.of(
        new Conv2DSpec(2, WINDOW, LINEAR, true, GU, Initializer.ZEROS),
        new SeparableConv2DSpec(2, WINDOW, 1, LINEAR, true, GU, GU, Initializer.ZEROS),
        new DepthwiseConv2DSpec(WINDOW, 2, LINEAR, false, GU, Initializer.ZEROS),
        new Conv2DTransposeSpec(2, WINDOW, LINEAR, true, GU, Initializer.ZEROS),
        new PoolSpec(PoolKind.MAX, WINDOW),
        new GlobalPoolSpec(PoolKind.AVG),
        new FlattenSpec(),
        new DenseSpec(3, ActivationFunction.RELU, true, GU, Initializer.ZEROS),
        new DropoutSpec(0.5),
        new BatchNormSpec(0.99, 1e-3, true, true),
        new ActivationSpec(ActivationFunction.SOFTMAX),
        new MergeSpec(MergeMode.ADD, ActivationFunction.RELU),
        new ConcatenateSpec(LINEAR),
        new UpSampling2DSpec(Pair.square(2), Interpolation.BILINEAR),
        new ZeroPadding2DSpec(Margins.uniform(1)),
        new Cropping2DSpec(new Margins(1, 0, 0, 1)));
  }

  @Test
  void everyPermittedLayerKindHasAWriter() {
    Set<Class<?>> permitted = layerKinds(LayerSpec.class).collect(Collectors.toSet());
    Set<Class<?>> covered = new HashSet<>(oneOfEachKind().stream().map(Object::getClass).toList());
    assertEquals(permitted, covered, "add the new layer kind to LayerWriters.of and to this test");
    for (LayerSpec spec : oneOfEachKind()) {
      Shape in = spec instanceof DenseSpec ? new Shape.Flat(5) : new Shape.Spatial(6, 5, 2);
      LayerWriter writer;
      if (spec.minInputs() > 1) {
        Shape out = spec.mergedShape(List.of(in, in));
        LayerNode node = new LayerNode(2, "layer", spec, in, out, List.of(), 0, List.of(0, 1), List.of());
        writer = LayerWriters.of(node, List.of("aOut", "bOut"), List.of("aOutGrad", "bOutGrad"));
      } else {
        LayerNode node = new LayerNode(0, "layer", spec, in, spec.outputShape(in), spec.tensors(in), spec.macs(in));
        writer = LayerWriters.of(node, NetworkPlan.INPUT, NetworkPlan.INPUT_GRAD);
      }
      assertNotNull(writer.handleType(), spec.kerasType());
    }
  }

  /** The records of the sealed hierarchy below {@code type} (a sealed sub-interface groups several kinds). */
  private static java.util.stream.Stream<Class<?>> layerKinds(Class<?> type) {
    return type.isInterface() ? Arrays.stream(type.getPermittedSubclasses()).flatMap(LayerWritersTest::layerKinds)
        : java.util.stream.Stream.of(type);
  }
}
