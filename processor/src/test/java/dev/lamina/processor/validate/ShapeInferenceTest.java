package dev.lamina.processor.validate;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SELU;
import static dev.lamina.dsl.ActivationFunction.SOFTMAX;
import static dev.lamina.dsl.Initializer.GLOROT_UNIFORM;
import static dev.lamina.dsl.Initializer.ZEROS;
import static dev.lamina.dsl.Padding.SAME;
import static dev.lamina.dsl.Padding.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.model.ActivationSpec;
import dev.lamina.processor.model.ConcatenateSpec;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.Cropping2DSpec;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.LayerProblem;
import dev.lamina.processor.model.Margins;
import dev.lamina.processor.model.MergeMode;
import dev.lamina.processor.model.MergeSpec;
import dev.lamina.processor.model.NetworkGraph;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.model.Pair;
import dev.lamina.processor.model.Parameter;
import dev.lamina.processor.model.PoolKind;
import dev.lamina.processor.model.PoolSpec;
import dev.lamina.processor.model.SeparableConv2DSpec;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.model.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape inference over whole networks, without a compiler. */
class ShapeInferenceTest {
  private static final Shape.Spatial MNIST = new Shape.Spatial(28, 28, 1);

  private static LayerDecl conv(String name, int filters, ActivationFunction activation) {
    return new LayerDecl(name, new Conv2DSpec(filters, Window.of(Pair.square(3), Pair.square(1), SAME), activation,
        true, GLOROT_UNIFORM, ZEROS), null);
  }

  private static LayerDecl separable(String name, int filters) {
    return new LayerDecl(name, new SeparableConv2DSpec(filters, Window.of(Pair.square(3), Pair.square(1), SAME), 1,
        SELU, true, GLOROT_UNIFORM, GLOROT_UNIFORM, ZEROS), null);
  }

  private static LayerDecl pool(String name) {
    return new LayerDecl(name, new PoolSpec(PoolKind.MAX, Window.of(Pair.square(2), Pair.square(2), VALID)), null);
  }

  private static LayerDecl dense(String name, int units, ActivationFunction activation) {
    return new LayerDecl(name, new DenseSpec(units, activation, true, GLOROT_UNIFORM, ZEROS), null);
  }

  private static LayerDecl flatten() {
    return new LayerDecl("flatten", new FlattenSpec(), null);
  }

  /** The tutorial's network; {@code separable} replaces the five convolutions after the first. */
  private static List<LayerDecl> tutorial(boolean separable) {
    List<LayerDecl> layers = new ArrayList<>();
    int[] filters = {32, 32, 0, 64, 64, 0, 128, 128, 0};
    for (int i = 0; i < filters.length; i++) {
      String name = "layer" + i;
      layers.add(filters[i] == 0 ? pool(name) : i > 0 && separable ? separable(name, filters[i])
          : conv(name, filters[i], SELU));
    }
    layers.add(flatten());
    layers.add(dense("dense", 128, SELU));
    layers.add(dense("output", 10, SOFTMAX));
    return layers;
  }

  private static List<Long> params(ShapeInference.Result result) {
    return result.layers().stream().map(l -> l.params().total()).toList();
  }

  @Test
  void tutorialConvNet() {
    ShapeInference.Result result = ShapeInference.infer(MNIST, tutorial(false));
    assertEquals(List.of(320L, 9248L, 0L, 18496L, 36928L, 0L, 73856L, 147584L, 0L, 0L, 147584L, 1290L),
        params(result));
    assertEquals(List.of("28x28x32", "28x28x32", "14x14x32", "14x14x64", "14x14x64", "7x7x64", "7x7x128",
        "7x7x128", "3x3x128", "1152", "128", "10"), result.layers().stream().map(l -> l.output().describe()).toList());
    NetworkModel model = new NetworkModel("test", "FashionCnn", MNIST, result.layers());
    assertEquals(435_306, model.totalParams());
    assertEquals(435_306, model.summary().trainableParams());
    assertEquals(0, model.summary().nonTrainableParams());
    assertEquals(29_275_904, model.summary().macs());
    // The only problem is the warning that 7x7 -> 3x3 drops a row and a column.
    assertEquals(List.of(Message.VALID_DROPS_INPUT),
        result.problems().stream().map(p -> p.problem().message()).toList());
    assertEquals(8, result.problems().get(0).layerIndex());
  }

  @Test
  void tutorialSeparableNet() {
    ShapeInference.Result result = ShapeInference.infer(MNIST, tutorial(true));
    assertEquals(List.of(320L, 1344L, 0L, 2400L, 4736L, 0L, 8896L, 17664L, 0L, 0L, 147584L, 1290L),
        params(result));
    assertEquals(184_234, new NetworkModel("test", "SeparableCnn", MNIST, result.layers()).totalParams());
  }

  @Test
  void vgg16OnMnistFailsOnlyAtTheFifthPool() {
    List<LayerDecl> layers = new ArrayList<>();
    int[][] blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
    for (int b = 0; b < blocks.length; b++) {
      for (int c = 0; c < blocks[b].length; c++) {
        layers.add(conv("block" + (b + 1) + "Conv" + (c + 1), blocks[b][c], RELU));
      }
      layers.add(pool("block" + (b + 1) + "Pool"));
    }
    layers.add(flatten());
    layers.add(dense("fc1", 4096, RELU));
    layers.add(dense("predictions", 10, SOFTMAX));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    List<LayerProblem> errors = result.problems().stream().filter(p -> p.problem().isError()).toList();
    assertEquals(1, errors.size());
    assertEquals(17, errors.get(0).layerIndex());
    assertEquals(Message.WINDOW_TOO_LARGE, errors.get(0).problem().message());
    assertEquals(Attr.POOL_SIZE, errors.get(0).problem().attr());
    assertTrue(errors.get(0).problem().text().startsWith("[LaminaWindowTooLarge] block5Pool: @MaxPool poolSize 2x2 "
        + "does not fit its 1x1x512 input"), errors.get(0).problem().text());
    assertEquals(17, result.layers().size());
    assertEquals("1x1x512", result.layers().get(16).output().describe());
  }

  @Test
  void attributesOfEveryLayerAreCheckedButShapesStopAtTheLimit() {
    List<LayerDecl> layers = List.of(conv("conv", 8, RELU), pool("pool"), dense("zero", 0, RELU),
        dense("dense", 10, SOFTMAX));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers, 1);
    assertEquals(1, result.layers().size());
    assertEquals(List.of(Message.INVALID_VALUE), result.problems().stream().map(p -> p.problem().message()).toList());
    assertEquals(2, result.problems().get(0).layerIndex());
  }

  @Test
  void expectedOutputShapeIsCompared() {
    LayerDecl expected = new LayerDecl("conv", conv("conv", 8, RELU).spec(), new int[] {28, 28, 8});
    LayerDecl wrong = new LayerDecl("conv2", conv("conv2", 8, RELU).spec(), new int[] {26, 26, 8});
    ShapeInference.Result result = ShapeInference.infer(MNIST, List.of(expected, wrong));
    assertEquals(1, result.problems().size());
    assertEquals(1, result.problems().get(0).layerIndex());
    assertEquals(Attr.OUTPUT_SHAPE, result.problems().get(0).problem().attr());
    assertEquals(2, result.layers().size());
  }

  @Test
  void hiddenSoftmaxIsAWarningOnItsActivation() {
    ShapeInference.Result result = ShapeInference.infer(MNIST,
        List.of(flatten(), dense("hidden", 32, SOFTMAX), new LayerDecl("act", new ActivationSpec(SOFTMAX), null),
            dense("output", 10, SOFTMAX)));
    assertTrue(result.isClean());
    assertEquals(List.of(1, 2), result.problems().stream().map(LayerProblem::layerIndex).toList());
    assertEquals(List.of(Attr.ACTIVATION, Attr.VALUE), result.problems().stream().map(p -> p.problem().attr()).toList());
  }

  @Test
  void sizesBeyondJavaArraysAreAnError() {
    LayerDecl up = new LayerDecl("up", new Conv2DTransposeSpec(8, Window.of(Pair.square(2), Pair.square(4096), SAME),
        RELU, true, GLOROT_UNIFORM, ZEROS), null);
    ShapeInference.Result result = ShapeInference.infer(MNIST, List.of(up, up));
    assertEquals(1, result.problems().size());
    assertEquals(Message.TENSOR_TOO_LARGE, result.problems().get(0).problem().message());
    assertEquals(0, result.problems().get(0).layerIndex());

    LayerDecl overflow = new LayerDecl("up", new Conv2DTransposeSpec(8, Window.of(Pair.square(2),
        Pair.square(Integer.MAX_VALUE), SAME), RELU, true, GLOROT_UNIFORM, ZEROS), null);
    ShapeInference.Result wrapped = ShapeInference.infer(MNIST, List.of(overflow));
    assertEquals(Message.TENSOR_TOO_LARGE, wrapped.problems().get(0).problem().message());
    assertTrue(wrapped.problems().get(0).problem().text().contains("sizes that overflow Java's integer arithmetic"));
  }

  @Test
  void architectureDescribesEveryLayer() {
    ShapeInference.Result result = ShapeInference.infer(MNIST, List.of(conv("conv", 4, RELU), flatten()));
    String text = new NetworkModel("test", "Small", MNIST, result.layers()).architecture();
    assertEquals("""
        Small input=28x28x1
        conv Conv2D(filters=4, kernelSize=3x3, strides=1x1, dilationRate=1x1, padding=SAME, activation=RELU, \
        useBias=true) -> 28x28x4
        flatten Flatten() -> 3136
        """, text);
  }

  private static LayerDecl reads(LayerDecl decl, String... inputs) {
    return new LayerDecl(decl.name(), decl.spec(), decl.expectedOutput(),
        Arrays.stream(inputs).map(i -> new Parameter(i, "dev.lamina.runtime.layer.Layer")).toList());
  }

  @Test
  void aBrokenNodeStopsOnlyWhatIsDownstreamOfIt() {
    // stem -> big (window too large: broken) -> afterBig; stem -> side -> sidePool: another branch.
    LayerDecl big = new LayerDecl("big", new PoolSpec(PoolKind.MAX, Window.of(Pair.square(64), Pair.square(1), VALID)),
        null);
    List<LayerDecl> layers = List.of(conv("stem", 4, RELU), big, conv("afterBig", 4, RELU),
        reads(conv("side", 8, RELU), "stem"), pool("sidePool"));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    List<LayerProblem> errors = result.problems().stream().filter(p -> p.problem().isError()).toList();
    assertEquals(List.of(1), errors.stream().map(LayerProblem::layerIndex).toList());
    assertEquals(List.of("stem", "side", "sidePool"), result.layers().stream().map(LayerNode::name).toList());
    assertEquals(List.of(0), result.layers().get(1).inputs());
    assertEquals("14x14x8", result.layers().get(2).output().describe());
  }

  @Test
  void theGraphKnowsInputsAndConsumers() {
    List<LayerDecl> layers = List.of(conv("stem", 4, RELU), conv("a", 4, RELU), reads(conv("b", 4, RELU), "stem"),
        reads(conv("c", 4, RELU), "nowhere"));
    NetworkGraph graph = NetworkGraph.of(layers);
    assertEquals(List.of(NetworkGraph.NETWORK_INPUT), graph.inputs(0));
    assertEquals(List.of(1, 2), graph.consumers(0));
    assertEquals(List.of(0), graph.inputs(2));
    assertEquals(List.of(NetworkGraph.UNRESOLVED), graph.inputs(3));
    assertTrue(graph.isChainLink(1));
    assertTrue(!graph.isChain());
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers.subList(0, 3));
    NetworkModel model = new NetworkModel("test", "Branches", MNIST, result.layers());
    assertEquals(List.of("a", "b"), model.consumers(0).stream().map(LayerNode::name).toList());
    assertTrue(model.consumers(2).isEmpty());
  }

  @Test
  void aChainIsAGraphOfChainLinks() {
    NetworkGraph graph = NetworkGraph.of(tutorial(false));
    assertTrue(graph.isChain());
    assertEquals(List.of(11), graph.consumers(10));
  }

  @Test
  void architectureNamesTheInputsOfEveryLayerThatIsNoChainLink() {
    List<LayerDecl> layers = List.of(conv("stem", 4, RELU), conv("a", 4, RELU), reads(conv("b", 4, RELU), "stem"),
        reads(conv("c", 4, RELU), "b"));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    String text = new NetworkModel("test", "Branches", MNIST, result.layers()).architecture();
    String[] lines = text.split("\n");
    assertTrue(lines[1].endsWith("-> 28x28x4"), lines[1]);
    assertTrue(lines[2].endsWith("-> 28x28x4"), lines[2]);
    assertTrue(lines[3].endsWith("-> 28x28x4 <- stem"), lines[3]);
    assertTrue(lines[4].endsWith("-> 28x28x4"), lines[4]);
    List<LayerDecl> rewired = List.of(layers.get(0), layers.get(1), reads(conv("b", 4, RELU), "a"), layers.get(3));
    String chain = new NetworkModel("test", "Branches", MNIST, ShapeInference.infer(MNIST, rewired).layers())
        .architecture();
    assertTrue(!chain.equals(text), "another wiring gives another architecture text");
  }

  private static LayerDecl add(String name, String... inputs) {
    return reads(new LayerDecl(name, new MergeSpec(MergeMode.ADD, RELU), null), inputs);
  }

  private static LayerDecl concat(String name, String... inputs) {
    return reads(new LayerDecl(name, new ConcatenateSpec(ActivationFunction.LINEAR), null), inputs);
  }

  @Test
  void aResidualBlockAddsItsShortcut() {
    List<LayerDecl> layers = List.of(conv("stem", 8, RELU), conv("a", 8, RELU), conv("b", 8, RELU),
        add("block", "stem", "b"), flatten());
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    LayerNode block = result.layers().get(3);
    assertEquals(List.of(0, 2), block.inputs());
    assertEquals("28x28x8", block.output().describe());
    assertEquals(0, block.params().total());
    NetworkModel model = new NetworkModel("test", "Res", MNIST, result.layers());
    assertEquals(List.of("a", "block"), model.consumers(0).stream().map(LayerNode::name).toList());
    assertTrue(model.architecture().contains("block Add(activation=RELU) -> 28x28x8 <- stem, b\n"),
        model.architecture());
    assertEquals(List.of("stem", "b"), model.summary().layers().get(3).connectedTo());
    assertEquals(List.of("input"), model.summary().layers().get(0).connectedTo());
    assertTrue(model.summary().format().contains("stem[0][0], b[0][0]"), model.summary().format());
  }

  @Test
  void concatenationSumsChannels() {
    List<LayerDecl> layers = List.of(conv("a", 8, RELU), conv("b", 16, RELU), concat("joined", "a", "b", "input"));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers.subList(0, 2));
    assertTrue(result.isClean());
    // "input" names no layer: the graph leaves it unresolved, and nothing downstream gets a shape.
    assertEquals(2, ShapeInference.infer(MNIST, layers).layers().size());
    ShapeInference.Result joined = ShapeInference.infer(MNIST, List.of(layers.get(0), layers.get(1),
        concat("joined", "a", "b")));
    assertEquals("28x28x24", joined.layers().get(2).output().describe());
  }

  @Test
  void aProjectionShortcutIsSuggestedForAChannelMismatch() {
    List<LayerDecl> layers = List.of(conv("stem", 8, RELU), conv("wide", 16, RELU), add("block", "stem", "wide"));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    assertEquals(List.of(Message.MERGE_SHAPES), result.problems().stream().map(p -> p.problem().message()).toList());
    assertEquals("[LaminaMergeShapes] block: @Add needs inputs of one shape; found stem: 28 (28x28x8) against "
        + "wide: 28 (28x28x16). Project wide to 8 channels with a 1x1 @Conv2D(filters = 8) on its branch, as "
        + "ResNet's projection shortcut does.", result.problems().get(0).problem().text());
  }

  @Test
  void aSkipConcatenationOfSizesThatDoNotDivideNamesBothBranches() {
    Shape.Spatial in = new Shape.Spatial(30, 30, 1);
    LayerDecl up = new LayerDecl("up2", new Conv2DTransposeSpec(64, Window.of(Pair.square(2), Pair.square(2), SAME),
        RELU, true, GLOROT_UNIFORM, ZEROS), null);
    List<LayerDecl> layers = List.of(conv("enc1", 32, RELU), pool("down1"), conv("enc2", 64, RELU), pool("down2"),
        pool("down3"), up, concat("merge", "enc2", "up2"), conv("decode", 8, RELU));
    ShapeInference.Result result = ShapeInference.infer(in, layers);
    List<LayerProblem> errors = result.problems().stream().filter(p -> p.problem().isError()).toList();
    assertEquals(1, errors.size(), result.problems().toString());
    assertEquals(6, errors.get(0).layerIndex());
    assertEquals("[LaminaMergeShapes] merge: @Concatenate needs inputs of one height and width (they are joined "
        + "along channels); found enc2: 30 -> 15 (15x15x64) against up2: 30 -> 15 -> 7 -> 3 -> 6 (6x6x64). Crop "
        + "enc2 by 9x9 with @Cropping2D, or pad up2 by 9x9 with @ZeroPadding2D; or use padding = SAME where a VALID "
        + "layer shrank a branch, or a network input whose height and width divide by 2^depth (the number of "
        + "halvings).", errors.get(0).problem().text());
    assertEquals(6, result.layers().size(), "the merge and what reads it get no shape");
  }

  @Test
  void aMergeReadingOnlyThePreviousLayerIsAnError() {
    List<LayerDecl> layers = List.of(conv("stem", 8, RELU),
        new LayerDecl("sum", new MergeSpec(MergeMode.ADD, ActivationFunction.LINEAR), null));
    ShapeInference.Result result = ShapeInference.infer(MNIST, layers);
    assertEquals("[LaminaMergeInputs] sum: @Add merges at least 2 inputs; found 1. Name each input as a parameter, "
        + "e.g. Layer sum(Layer shortcut, Layer residual).", result.problems().get(0).problem().text());
  }

  @Test
  void theSuggestedCropMakesTheSkipConcatenationFit() {
    Shape.Spatial in = new Shape.Spatial(30, 30, 1);
    LayerDecl up = new LayerDecl("up2", new Conv2DTransposeSpec(64, Window.of(Pair.square(2), Pair.square(2), SAME),
        RELU, true, GLOROT_UNIFORM, ZEROS), null);
    LayerDecl crop = reads(new LayerDecl("crop", new Cropping2DSpec(new Margins(4, 5, 4, 5)), null), "enc2");
    List<LayerDecl> layers = List.of(conv("enc1", 32, RELU), pool("down1"), conv("enc2", 64, RELU), pool("down2"),
        pool("down3"), up, crop, concat("merge", "crop", "up2"), conv("decode", 8, RELU));
    ShapeInference.Result result = ShapeInference.infer(in, layers);
    assertTrue(result.isClean(), result.problems().toString());
    assertEquals("6x6x128", result.layers().get(7).output().describe());
    assertEquals(List.of(6, 5), result.layers().get(7).inputs());
  }
}
