package dev.lamina.processor.write;

import java.util.List;

/**
 * The methods the generated class declares besides the layers' handle methods, the per-layer passes
 * (whose parameter, the private {@code Buffers} class, no interface can name) and {@code Model}'s
 * methods: what a default method of the network interface must not match, or the generated class
 * would fail to compile ({@code NetworkWriterTest} checks this list against the writer's output).
 */
public final class GeneratedMethods {
  private GeneratedMethods() {}

  /**
   * A method of the generated class.
   *
   * @param name its name
   * @param parameterTypes its parameters' qualified (erased) types, primitives by keyword
   * @param role what the generated class does with it, for messages: {@code declares as a static factory}
   */
  public record Signature(String name, List<String> parameterTypes, String role) {
    public Signature {
      parameterTypes = List.copyOf(parameterTypes);
    }
  }

  private static final String FACTORY = "declares as a static factory";
  private static final String HELPER = "declares as a private helper";

  /** {@code create(long)}, {@code create(long, DataType)}, {@code backpropagate(...)}, {@code checkFinite(...)}. */
  public static final List<Signature> OWN = List.of(
      new Signature("create", List.of("long"), FACTORY),
      new Signature("create", List.of("long", TypeNames.DATA_TYPE.canonicalName()), FACTORY),
      new Signature("backpropagate", List.of(TypeNames.INDARRAY.canonicalName(),
          TypeNames.GRADIENT_TARGET.canonicalName(), "boolean"), HELPER),
      new Signature("checkFinite", List.of(String.class.getName(), TypeNames.INDARRAY.canonicalName()), HELPER));
}
