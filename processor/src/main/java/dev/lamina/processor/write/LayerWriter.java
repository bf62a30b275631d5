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

  private final LayerNode node;
  private final String in;
  private final String inGrad;
  private List<String> inputLayers = List.of();
  private boolean last;
  private boolean first;

  /**
   * @param node the layer
   * @param in the buffer holding its input
   * @param inGrad the buffer receiving its input gradient
   */
  LayerWriter(LayerNode node, String in, String inGrad) {
    this.node = node;
    this.in = in;
    this.inGrad = inGrad;
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

  String in() {
    return in;
  }

  String inGrad() {
    return inGrad;
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
    return name() + " " + node.spec().kerasType() + ": " + Names.batchShape(node.input().dims()) + " -> "
        + Names.batchShape(node.output().dims());
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
        Names.batchShape(node.input().dims()));
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
