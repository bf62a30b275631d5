package dev.lamina.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.dsl.Padding;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.DropoutSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.LayerDecl;
import dev.lamina.processor.model.NetworkModel;
import dev.lamina.processor.model.Pair;
import dev.lamina.processor.model.SeparableConv2DSpec;
import dev.lamina.processor.model.Shape;
import dev.lamina.processor.validate.ShapeInference;
import dev.lamina.processor.model.Window;
import dev.lamina.runtime.Model;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link GeneratedMethods} lists exactly the methods the class writer adds beyond layers' and {@code Model}'s. */
class GeneratedMethodsTest {
  private static final Initializer GU = Initializer.GLOROT_UNIFORM;
  private static final Window WINDOW = new Window(Pair.square(3), Pair.square(1), Pair.square(1), Padding.SAME);

  private static NetworkModel model() {
    List<LayerDecl> layers = List.of(
        new LayerDecl("conv", new Conv2DSpec(2, WINDOW, ActivationFunction.RELU, true, GU, Initializer.ZEROS), null),
        new LayerDecl("sep", new SeparableConv2DSpec(2, WINDOW, 1, ActivationFunction.LINEAR, true, GU, GU,
            Initializer.ZEROS), null),
        new LayerDecl("drop", new DropoutSpec(0.5), null),
        new LayerDecl("flat", new FlattenSpec(), null),
        new LayerDecl("out", new DenseSpec(3, ActivationFunction.SOFTMAX, true, GU, Initializer.ZEROS), null));
    ShapeInference.Result result = ShapeInference.infer(new Shape.Spatial(8, 8, 2), layers);
    assertTrue(result.isClean(), result.problems().toString());
    return new NetworkModel("test", "N", new Shape.Spatial(8, 8, 2), result.layers());
  }

  @Test
  void ownMethodsAreListed() {
    NetworkModel model = model();
    TypeSpec type = new ModelClassWriter(new NetworkPlan(model)).write(Optional.empty());
    Set<String> layerMethods = new HashSet<>();
    model.layers().forEach(l -> layerMethods.addAll(List.of(l.name(), l.name() + "Forward", l.name() + "Backward")));
    Set<String> modelMethods = Arrays.stream(Model.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
    modelMethods.add("toString");
    Set<String> own = type.methodSpecs.stream()
        .filter(m -> !m.isConstructor() && !layerMethods.contains(m.name) && !modelMethods.contains(m.name))
        .map(GeneratedMethodsTest::signature).collect(Collectors.toSet());
    Set<String> listed = GeneratedMethods.OWN.stream().map(s -> s.name() + s.parameterTypes())
        .collect(Collectors.toSet());
    assertEquals(listed, own);
  }

  @Test
  void validNetworkHasNoNameClashes() {
    NetworkPlan plan = new NetworkPlan(model());
    assertEquals(List.of(), GeneratedMembers.clashes(plan, new ModelClassWriter(plan).write(Optional.empty())));
  }

  private static String signature(MethodSpec m) {
    return m.name + m.parameters.stream().map(p -> p.type).map(TypeName::toString).collect(Collectors.toList());
  }
}
