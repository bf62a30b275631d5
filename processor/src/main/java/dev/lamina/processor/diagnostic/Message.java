package dev.lamina.processor.diagnostic;

import java.util.Locale;

/**
 * Every message the processor reports, with its kind. Each text says what was expected, what was
 * found and how to fix it, and starts with a stable bracketed id that tests and users can search
 * for. Arguments are {@link String#format} arguments.
 */
public enum Message {
  // ---- values that are invalid whatever the input ----
  /** layer, attribute, expectation, found value, fix. */
  INVALID_VALUE("[LaminaInvalidValue] %s: %s must be %s; found %s. %s"),
  /** layer, attribute, found count, source. */
  PAIR_LENGTH("[LaminaInvalidValue] %s: %s takes one value or {height, width}; found %d values %s. "
      + "Write %s = 3 or %s = {3, 3}."),
  /** layer, dilation, strides. */
  DILATION_WITH_STRIDES("[LaminaInvalidValue] %s: dilationRate %s needs strides 1 (Keras allows one or "
      + "the other above 1); found strides = %s. Use strides = 1 or dilationRate = 1."),

  // ---- shapes ----
  /** layer, annotation, attribute, window, input shape, axis, formula, expected max, found. */
  WINDOW_TOO_LARGE("[LaminaWindowTooLarge] %s: @%s %s %s does not fit its %s input: with padding VALID "
      + "the output %s is %s. Expected %s of at most %s, or padding = SAME; found %s."),
  /** layer, annotation, found shape, previous layer, previous kind, flat size. */
  SPATIAL_AFTER_FLAT("[LaminaLayerOrder] %s: @%s needs an input [height, width, channels], but it follows "
      + "%s (%s), whose output is flat (%s). Convolution and pooling layers come before @Flatten and "
      + "@Dense: move this layer up, or remove the flattening."),
  /** layer, input shape, previous layer. */
  DENSE_ON_SPATIAL("[LaminaMissingFlatten] %s: @Dense needs a flat input [features], but its input is %s "
      + "(from %s). Add a @Flatten (or @GlobalAvgPool) layer before it."),
  /** network, declared, computed, difference, table. */
  PARAMS_MISMATCH("[LaminaParamCount] %s declares params = %,d but its layers have %,d parameters "
      + "(%+,d). Fix the layers or the declared total. Per layer:%n%s"),
  /** layer, expected, found, input. */
  OUTPUT_SHAPE_MISMATCH("[LaminaOutputShape] %s: @OutputShape expects %s; found %s (input %s). "
      + "Fix the layer's attributes or the expected shape."),

  // ---- declarations ----
  /** element kind, name. */
  NOT_AN_INTERFACE("[LaminaDeclaration] @Network goes on an interface; found %s %s. Declare it as "
      + "'public interface %s'."),
  /** name, type parameters. */
  GENERIC_INTERFACE("[LaminaDeclaration] @Network interface %s must not be generic; found type parameters "
      + "%s. Remove them."),
  /** name. */
  NOT_PUBLIC("[LaminaDeclaration] @Network interface %s must be public (and, when nested, static and in "
      + "public types) so that its generated implementation can implement it. Add 'public'."),
  /** method, parameter list. */
  METHOD_HAS_PARAMETERS("[LaminaDeclaration] %s: a layer method takes no parameters; found (%s). Remove "
      + "the parameters: the layer's input is the previous layer's output."),
  /** method, kind (default/static). */
  METHOD_HAS_BODY("[LaminaDeclaration] %s: a layer method is abstract; found a %s method. Remove its body "
      + "(and the '%s' modifier)."),
  /** method, list of annotations. */
  NO_LAYER_ANNOTATION("[LaminaDeclaration] %s: every method of a @Network interface declares one layer, "
      + "but it has no layer annotation. Expected one of %s."),
  /** method, found annotations. */
  SEVERAL_LAYER_ANNOTATIONS("[LaminaDeclaration] %s: a method declares exactly one layer; found %s. Keep "
      + "one and declare the others as methods of their own."),
  /** network. */
  NO_LAYERS("[LaminaDeclaration] @Network interface %s declares no layers. Add an abstract method per "
      + "layer, e.g. '@Dense(units = 10) DenseLayer output();'."),
  /** name, first declaring type. */
  DUPLICATE_LAYER_NAME("[LaminaDeclaration] layer name %s is used twice (also declared in %s). Layer "
      + "names come from method names and must be unique: rename one."),
  /** method, annotation, found return type, expected handle types. */
  WRONG_RETURN_TYPE("[LaminaDeclaration] %s: a @%s layer returns %s; found %s. Change the return type."),

  // ---- warnings: legal but lossy ----
  /** layer, annotation, window, input, rows, cols, output. */
  VALID_DROPS_INPUT("[LaminaValidDrops] %s: @%s %s with padding VALID on input %s never reads the last "
      + "%d row(s) and %d column(s) (output %s). Use padding = SAME to keep them, or add "
      + "@SuppressWarnings(\"lamina\") to the method.", Kind.WARNING),

  // ---- notes and internal failures ----
  /** network, table. */
  SUMMARY("[LaminaSummary] %s%n%s", Kind.NOTE),
  /** element, exception, stack trace. */
  INTERNAL_ERROR("[LaminaInternal] Lamina's processor failed on %s: %s. This is a bug in Lamina; please "
      + "report it with this trace:%n%s");

  /** How a message is reported. */
  public enum Kind {
    ERROR,
    WARNING,
    NOTE
  }

  private final String format;
  private final Kind kind;

  Message(String format) {
    this(format, Kind.ERROR);
  }

  Message(String format, Kind kind) {
    this.format = format;
    this.kind = kind;
  }

  /** Error, warning or note. */
  public Kind kind() {
    return kind;
  }

  /** The text with {@code args} filled in. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
