package dev.lamina.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.TensorSpec;
import dev.lamina.processor.model.Window;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes one layer: its buffers and its forward and backward methods ({@link LayerMembers} writes its
 * fields and their initialization). Subclasses, one per layer kind, supply the kernel call; this class
 * adds what every layer shares: the parameters from the model's {@link TensorSpec}s, the activation
 * step, the numeric check, and the shape comments.
 *
 * <p>Buffer names: {@code <layer>Out} is the output, {@code <layer>Z} the values before a non-linear
 * activation (the output itself for LINEAR), {@code ...Grad} the loss gradients.
 */
abstract class LayerWriter {
  /** The generated local holding the batch's buffers. */
  static final String BUFFERS = "b";

  /**
   * One consumer's contribution to the gradient of a layer that several layers read: the consumer's
   * backward pass writes it into {@code gradient}, a buffer of its own, and then adds it to {@code sum},
   * the producer's output gradient, which a later-running consumer has overwritten already.
   *
   * @param gradient this layer's own buffer for that input's gradient
   * @param sum the producer's output gradient
   * @param dims one example's shape
   */
  record FanIn(String gradient, String sum, int[] dims) {}

  private final LayerNode node;
  private final List<String> ins;
  private final List<String> inGrads;
  private List<int[]> inDims;
  private List<FanIn> fanIns = List.of();
  private boolean channelSlice;
  private List<String> inputLayers = List.of();
  private boolean last;
  private boolean first;

  /**
   * @param node the layer
   * @param in the buffer holding its input
   * @param inGrad the buffer receiving its input gradient
   */
  LayerWriter(LayerNode node, String in, String inGrad) {
    this(node, List.of(in), List.of(inGrad));
  }

  /**
   * @param node the layer
   * @param ins the buffers holding its inputs, in the order of its parameters
   * @param inGrads the buffers receiving its input gradients, aligned with {@code ins}
   */
  LayerWriter(LayerNode node, List<String> ins, List<String> inGrads) {
    if (ins.isEmpty() || ins.size() != inGrads.size()) {
      throw new IllegalArgumentException(node.name() + ": " + ins + " inputs, " + inGrads + " input gradients");
    }
    this.node = node;
    this.ins = List.copyOf(ins);
    this.inGrads = List.copyOf(inGrads);
    this.inDims = List.of(node.input().dims());
  }

  // ---- what a layer kind supplies -------------------------------------------------------------

  /** The handle type the layer's method returns. */
  abstract ClassName handleType();

  /**
   * The layer's declared configuration, a record of {@code dev.lamina.runtime.layer.config}, e.g.
   * {@code new Conv2DConfig(32, new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME), ActivationFunction.SELU, true)}.
   */
  abstract CodeBlock config();

  /**
   * The handle constructor's arguments after the configuration: the layer's parameter fields ({@code null}
   * for an absent one, such as a bias with {@code useBias = false}), in the constructor's order.
   */
  List<String> handleParameters() {
    return List.of();
  }

  /** A kernel object: its type and its construction. */
  record Kernel(ClassName type, CodeBlock init) {}

  /** The layer's kernel, or empty for a layer that computes nothing of its own (a view, an activation). */
  abstract Optional<Kernel> kernel();

  /** Computes {@link #z()} from {@link #in()}. */
  abstract void forwardCore(CodeBlock.Builder code);

  /** Computes {@link #inGrad()} and the parameter gradients from {@link #zGrad()}. */
  abstract void backwardCore(CodeBlock.Builder code);

  /**
   * Whether this layer kind's kernel can apply the activation itself (layers with weights); its
   * generated code then makes one kernel call per pass. The last layer keeps its activation apart, so
   * that a loss can take the gradient at its values before the activation.
   */
  boolean kernelFusesActivation() {
    return false;
  }

  /**
   * Names the layers this layer reads, in order (before any code is written); none, the default, for
   * the network's input.
   */
  void readsFrom(List<String> layers) {
    inputLayers = List.copyOf(layers);
  }

  /** The shapes of its inputs, aligned with {@link #ins()} (before any code is written). */
  void inputShapes(List<int[]> dims) {
    inDims = List.copyOf(dims);
  }

  /** The inputs whose gradient this layer adds to a shared sum after its backward pass (before any code is written). */
  void fanIns(List<FanIn> contributions) {
    fanIns = List.copyOf(contributions);
  }

  List<FanIn> fanIns() {
    return fanIns;
  }

  /** The field of the kernel that adds this layer's fan-in contributions: {@code block1FanOut}. */
  String fanOutField() {
    return Names.join(name(), "FanOut");
  }

  /**
   * Declares every buffer of the layer: its own gradient buffers for inputs it shares with other
   * readers ({@link FanIn}), then its kind's ({@link #declareBuffers}).
   */
  final void declareAllBuffers(BufferPlan plan) {
    for (FanIn f : fanIns) {
      plan.allocateForTraining(f.gradient(), f.dims());
    }
    declareBuffers(plan);
  }

  /**
   * Marks a layer whose output (and output gradient) is a channel slice of the concatenation that alone
   * reads it (before any code is written): the concatenation declares both, so this layer declares neither.
   */
  void outputIsChannelSlice() {
    channelSlice = true;
  }

  /** Whether the output is a channel slice of a concatenation's (see {@link #outputIsChannelSlice()}). */
  boolean outputIsSlice() {
    return channelSlice;
  }

  /**
   * Declares the output and its gradient, unless a concatenation declares them as views (the layer
   * kinds whose kernels accept strided arrays call this rather than allocating their output themselves).
   */
  void declareOutput(BufferPlan plan) {
    if (!channelSlice) {
      int[] dims = node.output().dims();
      plan.allocate(out(), dims);
      plan.allocateForTraining(outGrad(), dims);
    }
  }

  /** Marks the network's last layer (before any code is written). */
  void markLast() {
    last = true;
  }

  /** Marks the network's first layer (before any code is written). */
  void markFirst() {
    first = true;
  }

  /**
   * Whether this layer's backward method takes the {@code inputGradient} switch: the first layer, when
   * its kernel can skip the input gradient (layers with weights), which training does not need.
   */
  boolean skipsInputGradient() {
    return first && kernelFusesActivation();
  }

  /**
   * The input-gradient argument of the kernel's backward call: the buffer, or for the first layer the
   * buffer only when the caller wants the network's input gradient.
   */
  String inGradArgument() {
    return skipsInputGradient() ? "(inputGradient ? " + b(inGrad()) + " : null)" : b(inGrad());
  }

  /** Whether the kernel applies this layer's activation (so there is no separate activation step). */
  boolean fused() {
    return kernelFusesActivation() && activated() && !last;
  }

  /** The activation the layer's kernel applies: the layer's own when fused, else LINEAR. */
  ActivationFunction kernelActivation() {
    return fused() ? activation() : ActivationFunction.LINEAR;
  }

  /** Whether a separate activation step follows the kernel. */
  boolean separateActivation() {
    return activated() && !fused();
  }

  /** Declares the layer's buffers; by default its output and, when activated, its values before activation. */
  void declareBuffers(BufferPlan plan) {
    int[] dims = node.output().dims();
    if (activated()) {
      plan.allocate(z(), dims);
    }
    plan.allocate(out(), dims);
    if (activated()) {
      plan.allocateForTraining(zGrad(), dims);
    }
    plan.allocateForTraining(outGrad(), dims);
  }

  // ---- names ------------------------------------------------------------------------------------

  LayerNode node() {
    return node;
  }

  String name() {
    return node.name();
  }

  ActivationFunction activation() {
    return node.spec().activation();
  }

  boolean activated() {
    return activation() != ActivationFunction.LINEAR;
  }

  /** The first (for most kinds, the only) input buffer. */
  String in() {
    return ins.get(0);
  }

  /** The buffer receiving the first input's gradient. */
  String inGrad() {
    return inGrads.get(0);
  }

  List<String> ins() {
    return ins;
  }

  List<String> inGrads() {
    return inGrads;
  }

  List<int[]> inputDims() {
    return inDims;
  }

  String out() {
    return Names.join(name(), "Out");
  }

  String outGrad() {
    return Names.join(name(), "OutGrad");
  }

  String z() {
    return activated() ? Names.join(name(), "Z") : out();
  }

  String zGrad() {
    return activated() ? Names.join(name(), "ZGrad") : outGrad();
  }

  String opField() {
    return Names.join(name(), "Op");
  }

  String activationField() {
    return Names.join(name(), "Activation");
  }

  String handleField() {
    return Names.join(name(), "Layer");
  }

  /** {@code b.conv1Out}. */
  static String b(String buffer) {
    return BUFFERS + "." + buffer;
  }

  /** The tensor named {@code tensor} ({@code kernel}, {@code bias}, ...), if the layer has it. */
  Optional<TensorSpec> tensor(String tensor) {
    return node.tensors().stream().filter(t -> t.name().equals(tensor)).findFirst();
  }

  /** {@code conv1Kernel.value()}, or {@code null} when the layer has no such tensor. */
  String value(String tensor) {
    return tensor(tensor).map(t -> Names.tensorField(name(), t.name()) + ".value()").orElse("null");
  }

  /** {@code conv1Kernel.gradient()}, or {@code null} when the layer has no such tensor. */
  String gradient(String tensor) {
    return tensor(tensor).map(t -> Names.tensorField(name(), t.name()) + ".gradient()").orElse("null");
  }

  /** {@code conv1Kernel}, or {@code null} when the layer has no such tensor. */
  String parameter(String tensor) {
    return tensor(tensor).map(t -> Names.tensorField(name(), t.name())).orElse("null");
  }

  /** {@code ActivationFunction.SELU}: the layer's declared activation, for its configuration. */
  CodeBlock declaredActivation() {
    return CodeBlock.of("$T.$L", TypeNames.ACTIVATION_FUNCTION, activation().name());
  }

  /** {@code new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME)}. */
  static CodeBlock window(Window w) {
    return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L, $T.$L)", TypeNames.WINDOW_2D, w.size().height(),
        w.size().width(), w.strides().height(), w.strides().width(), w.dilation().height(), w.dilation().width(),
        TypeNames.PADDING, w.padding().name());
  }

  /**
   * The handle's construction: name, the layers it reads, output shape, configuration and parameters,
   * e.g. {@code new Conv2DLayer("conv2", List.of("conv1"), new int[] {28, 28, 32}, new Conv2DConfig(...),
   * conv2Kernel, conv2Bias)}.
   */
  final CodeBlock handle() {
    CodeBlock.Builder inputs = CodeBlock.builder().add("$T.of(", TypeNames.LIST);
    for (int i = 0; i < inputLayers.size(); i++) {
      inputs.add(i == 0 ? "$S" : ", $S", inputLayers.get(i));
    }
    inputs.add(")");
    CodeBlock.Builder code = CodeBlock.builder().add("new $T($S, $L, $L,\n$L", handleType(), name(), inputs.build(),
        Names.intArray(node.output().dims()), config());
    List<String> parameters = handleParameters();
    for (int i = 0; i < parameters.size(); i++) {
      code.add(i == 0 ? ",\n$L" : ", $L", parameters.get(i));
    }
    return code.add(")").build();
  }

  /** {@code conv1 Conv2D: [N, 28, 28, 1] -> [N, 28, 28, 32]}. */
  String shapeLine() {
    return name() + " " + node.spec().kerasType() + ": " + inputShapes() + " -> "
        + Names.batchShape(node.output().dims());
  }

  /** {@code [N, 28, 28, 1]}, or for several inputs {@code [N, 7, 7, 64] + [N, 7, 7, 64]}. */
  private String inputShapes() {
    StringBuilder sb = new StringBuilder();
    for (int[] d : inDims) {
      sb.append(sb.length() == 0 ? "" : " + ").append(Names.batchShape(d));
    }
    return sb.toString();
  }

  // ---- what every layer shares --------------------------------------------------------------------

  /** {@code conv1Forward}. */
  String forwardName() {
    return Names.join(name(), "Forward");
  }

  /** {@code conv1Backward}. */
  String backwardName() {
    return Names.join(name(), "Backward");
  }

  /**
   * The forward method: kernel, activation, numeric check.
   *
   * @param buffers the generated {@code Buffers} class
   */
  MethodSpec forwardMethod(TypeName buffers) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// $L\n", shapeLine());
    forwardCore(code);
    if (separateActivation()) {
      code.addStatement("$N.forward($L, $L)", activationField(), b(z()), b(out()));
    }
    code.addStatement("checkFinite($S, $L)", name(), b(out()));
    return MethodSpec.methodBuilder(forwardName())
        .addModifiers(Modifier.PRIVATE)
        .addParameter(buffers, BUFFERS)
        .addCode(code.build())
        .build();
  }

  /**
   * The backward method. For the last layer, when activated, it takes the gradient target and skips the
   * activation's derivative for {@code LOGITS}.
   *
   * @param buffers the generated {@code Buffers} class
   * @param last whether this is the network's last layer and has an activation
   */
  MethodSpec backwardMethod(TypeName buffers, boolean last) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// $L $L backward: $L -> $L\n", name(), node.spec().kerasType(), Names.batchShape(node.output().dims()),
        inputShapes());
    if (separateActivation()) {
      CodeBlock step = CodeBlock.of("$N.backward($L, $L, $L)", activationField(), b(z()), b(outGrad()), b(zGrad()));
      if (last) {
        code.beginControlFlow("if (target == $T.OUTPUT)", TypeNames.GRADIENT_TARGET)
            .addStatement(step)
            .endControlFlow();
      } else {
        code.addStatement(step);
      }
    }
    backwardCore(code);
    for (FanIn f : fanIns) {
      code.add("// $L is read by several layers: add this layer's share to its gradient\n", f.sum());
      code.addStatement("$N.accumulate($L, $L, false)", fanOutField(), b(f.gradient()), b(f.sum()));
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(backwardName())
        .addModifiers(Modifier.PRIVATE)
        .addParameter(buffers, BUFFERS);
    if (last) {
      method.addParameter(TypeNames.GRADIENT_TARGET, "target");
    }
    if (skipsInputGradient()) {
      method.addParameter(TypeName.BOOLEAN, "inputGradient");
    }
    return method.addCode(code.build()).build();
  }
}
