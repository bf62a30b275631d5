package dev.lamina.processor.diagnostic;

import java.util.Locale;

/**
 * Every message the processor reports, with its kind. Each text says what was expected, what was
 * found and how to fix it, and starts with a stable bracketed id ({@link #id()}) that tests, users
 * and {@code docs/compile-errors.md} search for; every constant has its own id. Arguments are
 * {@link String#format} arguments, formatted with {@link Locale#ROOT}.
 */
public enum Message {
  // ---- values that are invalid whatever the input ----
  /** layer, attribute, expectation, found value, fix. */
  INVALID_VALUE("LaminaInvalidValue", "%s: %s must be %s; found %s. %s"),
  /** layer, attribute, found count, found values, attribute, attribute. */
  PAIR_LENGTH("LaminaPairLength", "%s: %s takes one value or {height, width}; found %d values %s. "
      + "Write %s = 3 or %s = {3, 3}."),
  /** layer, attribute, found count, found values, attribute, attribute, attribute. */
  MARGIN_COUNT("LaminaMarginCount", "%s: %s takes 1 value (every border), 2 values {height, width} or 4 values "
      + "{top, bottom, left, right}; found %d values %s. Write %s = 1, %s = {1, 2} or %s = {1, 1, 2, 2}."),
  /** layer, dilation, strides. */
  DILATION_WITH_STRIDES("LaminaDilationStrides", "%s: dilationRate = %s needs strides = 1 (Keras allows "
      + "one or the other above 1); found strides = %s. Use strides = 1 or dilationRate = 1."),

  // ---- shapes ----
  /** layer, annotation, attribute, window, input shape, axis, formula, attribute, max, found. */
  WINDOW_TOO_LARGE("LaminaWindowTooLarge", "%s: @%s %s %s does not fit its %s input: with padding VALID "
      + "the output %s is %s. Expected a %s of at most %s, or padding = SAME; found %s."),
  /** layer, annotation, dilation, input shape, axis, row or column, axis, largest allowed, found. */
  DILATION_TOO_LARGE("LaminaDilationTooLarge", "%s: @%s dilationRate %s on input %s spaces the kernel's taps "
      + "at least the input %s apart, so each output reads at most one input %s per kernel axis and the other "
      + "taps fall outside the input. Expected %s; found %s. Use a smaller dilationRate, or dilationRate = 1."),
  /** layer, annotation, previous layer, previous kind, flat size. */
  SPATIAL_AFTER_FLAT("LaminaSpatialAfterFlat", "%s: @%s needs an input [height, width, channels], but it "
      + "follows %s (%s), whose output is flat [%s]. Convolution and pooling layers come before @Flatten "
      + "and @Dense: move this layer up, or remove the flattening."),
  /** layer, previous layer, previous kind, flat size. */
  ALREADY_FLAT("LaminaAlreadyFlat", "%s: @Flatten needs an input [height, width, channels], but it follows "
      + "%s (%s), whose output is already flat [%s]. Remove this @Flatten."),
  /** layer, input shape, previous layer. */
  DENSE_ON_SPATIAL("LaminaMissingFlatten", "%s: @Dense needs a flat input [features]; found %s (from %s). "
      + "Add a @Flatten (or @GlobalAvgPool) layer before it."),
  /** layer, cropping, axis, input shape, removed, size, axis, largest total, found. */
  CROP_TOO_LARGE("LaminaCropTooLarge", "%s: @Cropping2D cropping = %s leaves no %s of its %s input (it "
      + "removes %d of %d). Expected at most %d %s cropped in all; found %s."),
  /** layer, annotation, input shape, what overflowed. */
  TENSOR_TOO_LARGE("LaminaTooLarge", "%s: @%s on input %s gives %s, more than Java arrays hold (at most "
      + "2,147,483,647 values per example and per tensor). Use smaller sizes."),
  /** network, declared, computed, difference, table. */
  PARAMS_MISMATCH("LaminaParamCount", "%s declares params = %,d but its layers have %,d parameters "
      + "(%+,d). Fix the layers or the declared total. Per layer:%n%s"),
  /** layer, expected, found, input. */
  OUTPUT_SHAPE_MISMATCH("LaminaOutputShape", "%s: @OutputShape expects %s; found %s (input %s). "
      + "Fix the layer's attributes or the expected shape."),

  // ---- declarations ----
  /** element kind, name, name. */
  NOT_AN_INTERFACE("LaminaNotInterface", "@Network goes on an interface; found %s %s. Declare it as "
      + "'public interface %s'."),
  /** name, type parameters. */
  GENERIC_INTERFACE("LaminaGenericInterface", "@Network interface %s must not be generic; found type "
      + "parameters <%s>. Remove them."),
  /** name, the non-public type. */
  NOT_PUBLIC("LaminaNotPublic", "@Network interface %s must be public, and so must every type it is "
      + "nested in, so that its generated implementation can implement it; found %s without 'public'. "
      + "Add 'public'."),
  /** method, parameter list. */
  METHOD_HAS_PARAMETERS("LaminaMethodParameters", "%s: a layer method's parameters are its inputs, each "
      + "a layer handle (Layer or a handle type such as Conv2DLayer) named after an earlier layer method; found "
      + "(%s). Remove the other parameters: without parameters a layer reads the previous layer's output."),

  // ---- the graph: inputs named by parameters ----
  /** layer, parameter, earlier layers, layer. */
  UNKNOWN_INPUT("LaminaUnknownInput", "%s: parameter %s names no layer of this network; expected the name of "
      + "a layer declared before %4$s (%3$s). Rename the parameter after the layer it reads."),
  /** layer, parameter, layer, parameter, layer. */
  LATER_INPUT("LaminaLaterInput", "%s: parameter %s names a layer declared at or after %s; a layer reads "
      + "only earlier layers, so that the network has no cycle. Declare %s before %s, or read an earlier layer."),
  /** layer, parameter, type, input layer, input's handle, input's handle. */
  INPUT_TYPE("LaminaInputType", "%s: parameter %s has type %s, which cannot hold the handle of layer %s "
      + "(%s). Declare the parameter as %s or Layer."),
  /** layer, annotation, allowed inputs, count, inputs, allowed parameters. */
  INPUT_COUNT("LaminaInputCount", "%s: @%s reads %s; found %d (%s). Keep %s."),
  /** layer, annotation, fewest inputs, found count. */
  MERGE_INPUTS("LaminaMergeInputs", "%s: @%s merges at least %d inputs; found %d. Name each input as a "
      + "parameter, e.g. Layer %1$s(Layer shortcut, Layer residual)."),
  /** layer, annotation, requirement, inputs with their shape chains, fix. */
  MERGE_SHAPES("LaminaMergeShapes", "%s: @%s needs inputs of %s; found %s. %s"),
  /** layer, output layer. */
  DEAD_BRANCH("LaminaDeadBranch", "%s: no layer reads its output and it is not the network's output (%s, "
      + "the last layer), so it would never train. Pass it as a parameter to a later layer, or remove it."),
  /** method, kind (default/static/private), kind. */
  METHOD_HAS_BODY("LaminaMethodBody", "%s: a layer method is abstract; found a %s method. Remove its body "
      + "and the '%s' modifier."),
  /** method, type parameters. */
  GENERIC_METHOD("LaminaGenericMethod", "%s: a layer method is not generic; found type parameters <%s>. "
      + "Remove them."),
  /** method, list of annotations. */
  NO_LAYER_ANNOTATION("LaminaNoLayerAnnotation", "%s: every abstract method of a @Network interface "
      + "declares one layer, but it has no layer annotation. Expected one of %s."),
  /** method, found annotations. */
  SEVERAL_LAYER_ANNOTATIONS("LaminaSeveralLayers", "%s: a method declares exactly one layer; found %s. "
      + "Keep one and declare the others as methods of their own."),
  /** network. */
  NO_LAYERS("LaminaNoLayers", "@Network interface %s declares no layers. Add an abstract method per "
      + "layer, e.g. '@Dense(units = 10) DenseLayer output();'."),
  /** name, declaring type, first declaring type. */
  DUPLICATE_LAYER_NAME("LaminaDuplicateLayer", "layer name %s in %s is already used by a layer of %s. "
      + "Layer names come from method names and must be unique in a network, superinterfaces "
      + "included: rename one."),
  /** name, the type whose method it clashes with. */
  RESERVED_LAYER_NAME("LaminaReservedName", "layer name %s clashes with %s.%s(), which the generated "
      + "class also implements. Rename the method."),
  /** layer, member kind, member name, the other owner, member name. */
  GENERATED_NAME_CLASH("LaminaNameClash", "%s: the generated %s %s of this layer has the same name as a member of "
      + "%s. Expected generated names that differ; found %s twice. Rename this layer."),
  /** method signature, what the generated class does with it, found method. */
  GENERATED_METHOD_CLASH("LaminaGeneratedMethod", "%s: the generated class %s a method of this signature too. "
      + "Expected a helper method whose name or parameters differ; found %s. Rename the method."),
  /** interface, generated class, what already has that name. */
  GENERATED_CLASS_TAKEN("LaminaClassTaken", "@Network interface %s is implemented by a generated class %s, but %s. "
      + "Expected one type per name; rename the interface (or the other type)."),
  /** interface, provider class, what already has that name. */
  PROVIDER_CLASS_TAKEN("LaminaProviderTaken", "@Network interface %s is registered for tools (ServiceLoader) by a "
      + "generated class %s, but %s. Expected one type per name; rename the interface (or the other type)."),
  /** method, annotation, expected handle types, found return type. */
  WRONG_RETURN_TYPE("LaminaReturnType", "%s: a @%s layer returns %s; found %s. Change the return type."),
  /** annotation, method, kind, type. */
  LAYER_OUTSIDE_INTERFACE("LaminaLayerOutsideInterface", "@%s on %s: layers are methods of interfaces; "
      + "found a method of %s %s. Move the layer into a @Network interface."),

  // ---- warnings: legal but lossy or probably unintended ----
  /** layer, annotation, window, input, rows, cols, output. */
  VALID_DROPS_INPUT("LaminaValidDrops", "%s: @%s %s on input %s never reads the last %d row(s) and %d "
      + "column(s) (output %s). Use padding = SAME to keep them, or add @SuppressWarnings(\"lamina\") to "
      + "the method.", Kind.WARNING),
  /** layer, last layer. */
  HIDDEN_SOFTMAX("LaminaHiddenSoftmax", "%s: activation SOFTMAX on a hidden layer squashes its features "
      + "into probabilities that sum to 1 before %s. Expected SOFTMAX only on the last layer; use RELU, "
      + "SELU or another activation here, or add @SuppressWarnings(\"lamina\") to the method.", Kind.WARNING),
  /** network, bytes (readable), values, threshold (readable), batch-of-32 figure (readable). */
  LARGE_ACTIVATIONS("LaminaLargeActivations", "%s: one example's activations take %s (%,d float32 values over the "
      + "input and every layer's output), more than %s; a training step keeps about four arrays of that size per "
      + "example (values, pre-activations and their gradients), so a batch of 32 needs about %s. Expected a "
      + "network that fits a machine's memory; reduce the input or the feature maps (strides, pooling, fewer "
      + "filters), or add @SuppressWarnings(\"lamina\") to the interface.", Kind.WARNING),
  /** annotation, method, interface. */
  ORPHAN_LAYER("LaminaOrphanLayer", "@%s on %s has no effect: %s is neither annotated @Network nor "
      + "extended by a @Network interface in this compilation. Add @Network(input = ...) to it, or add "
      + "@SuppressWarnings(\"lamina\") when a network compiled elsewhere extends it.", Kind.WARNING),

  // ---- notes and internal failures ----
  /** network, table. */
  SUMMARY("LaminaSummary", "%s%n%s", Kind.NOTE),
  /** missing class, jar, jar, a working processor path. */
  SETUP_ERROR("LaminaSetup", "Lamina's processor cannot load class %s: the annotation processor path lacks "
      + "%s. Expected the processor's dependencies beside it on the processor path; found a path without it. "
      + "Add %s to -processorpath (e.g. -processorpath %s), or leave -processorpath out so that javac looks "
      + "for processors on the class path."),
  /** element, exception, stack trace. */
  INTERNAL_ERROR("LaminaInternal", "Lamina's processor failed on %s: %s. This is a bug in Lamina; please "
      + "report it with this trace:%n%s");

  /** How a message is reported. */
  public enum Kind {
    ERROR,
    WARNING,
    NOTE
  }

  private final String id;
  private final String format;
  private final Kind kind;

  Message(String id, String format) {
    this(id, format, Kind.ERROR);
  }

  Message(String id, String format, Kind kind) {
    this.id = id;
    this.format = format;
    this.kind = kind;
  }

  /** The stable id every text starts with, in brackets: {@code LaminaWindowTooLarge}. */
  public String id() {
    return id;
  }

  /** Error, warning or note. */
  public Kind kind() {
    return kind;
  }

  /**
   * The text: {@code [id] } followed by the format with {@code args} filled in, lines separated by
   * {@code \n}, without trailing white space (compilers differ in whether they keep it).
   */
  public String format(Object... args) {
    return ("[" + id + "] " + String.format(Locale.ROOT, format, args)).replace(System.lineSeparator(), "\n")
        .stripTrailing();
  }
}
