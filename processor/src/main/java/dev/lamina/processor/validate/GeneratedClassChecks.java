package dev.lamina.processor.validate;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.read.NetworkDeclaration;
import dev.lamina.processor.read.SourcedProblem;
import dev.lamina.processor.write.GeneratedClass;
import dev.lamina.processor.write.GeneratedMembers;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The checks of what would be generated: member names two layers would both declare
 * ({@code [LaminaGeneratedNameClash]}), and a generated class or provider whose name is taken
 * ({@code [LaminaClassTaken]}, {@code [LaminaProviderClassTaken]}). The writer finds the names; these
 * turn what it found into positioned problems.
 */
public final class GeneratedClassChecks {
  private GeneratedClassChecks() {}

  /**
   * Each generated name that two layers (or a layer and the class) would declare, on the later layer's
   * annotation: the class is not written, since it would not compile.
   */
  public static List<SourcedProblem> nameClashes(NetworkDeclaration decl, GeneratedClass source) {
    NetworkModel model = source.model();
    List<SourcedProblem> problems = new ArrayList<>();
    for (GeneratedMembers.Clash c : source.clashes()) {
      String other = c.owner() == null ? "the generated class " + model.generatedName() + " itself"
          : "layer " + c.owner();
      problems.add(new SourcedProblem(decl.layerSources().get(c.layer()), Problem.at(Attr.ANNOTATION,
          Message.GENERATED_NAME_CLASH, model.layers().get(c.layer()).name(), c.kind(), c.member(), other,
          c.member())));
    }
    return problems;
  }

  /** The class {@code generated} that {@code type} would get exists already ({@code what} says as what). */
  public static SourcedProblem classTaken(NetworkDeclaration decl, TypeElement type, String generated, String what) {
    return new SourcedProblem(decl.networkSource(),
        Problem.at(Attr.ANNOTATION, Message.GENERATED_CLASS_TAKEN, type.getQualifiedName(), generated, what));
  }

  /** The provider class {@code provider} that {@code type} would get exists already. */
  public static SourcedProblem providerTaken(NetworkDeclaration decl, TypeElement type, String provider,
      String what) {
    return new SourcedProblem(decl.networkSource(),
        Problem.at(Attr.ANNOTATION, Message.PROVIDER_CLASS_TAKEN, type.getQualifiedName(), provider, what));
  }
}
