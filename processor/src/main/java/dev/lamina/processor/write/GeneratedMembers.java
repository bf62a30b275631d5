package dev.lamina.processor.write;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the members that the generated code would declare twice because two layers' names derive the
 * same identifier: a {@code @SeparableConv2D} layer {@code s} gets a field {@code sDepthwiseKernel}, and
 * so does a {@code @Conv2D} layer {@code sDepthwise}. Rather than predicting such coincidences, it asks
 * the writers for every member each layer adds (fields, methods and buffers), and reads the whole class
 * as written, whose remaining members are the class's own; any name met twice is a clash.
 */
public final class GeneratedMembers {
  private GeneratedMembers() {}

  /**
   * One name declared twice.
   *
   * @param layer the index, in the model's layers, of the later layer declaring it
   * @param kind {@code field}, {@code method} or {@code buffer field} (of the generated {@code Buffers} class)
   * @param member the name (a method's with its parameter types)
   * @param owner the earlier layer declaring it; null when the generated class itself does
   */
  public record Clash(int layer, String kind, String member, String owner) {}

  /** A member in one of the generated namespaces; methods are told apart by their parameter types too. */
  private record Member(String kind, String name) {}

  /**
   * Every clash, in layer order: each later layer's member that an earlier layer or the class declares.
   *
   * @param type the class {@link ModelClassWriter} wrote from {@code plan}
   */
  static List<Clash> clashes(NetworkPlan plan, TypeSpec type) {
    List<List<Member>> perLayer = new ArrayList<>();
    for (LayerWriter layer : plan.layers()) {
      perLayer.add(members(plan, layer));
    }
    Map<Member, Integer> own = new HashMap<>();
    for (Member m : members(type)) {
      own.merge(m, 1, Integer::sum);
    }
    perLayer.forEach(members -> members.forEach(m -> own.merge(m, -1, Integer::sum)));
    Map<Member, String> owners = new HashMap<>();
    own.forEach((m, count) -> {
      if (count > 0) {
        owners.put(m, null);
      }
    });
    List<Clash> clashes = new ArrayList<>();
    for (int i = 0; i < perLayer.size(); i++) {
      String name = plan.layers().get(i).name();
      for (Member m : perLayer.get(i)) {
        if (owners.containsKey(m)) {
          clashes.add(new Clash(i, m.kind(), m.name(), owners.get(m)));
        } else {
          owners.put(m, name);
        }
      }
    }
    return clashes;
  }

  /** What {@code layer} adds: its fields, its handle, forward and backward methods, and its buffers. */
  private static List<Member> members(NetworkPlan plan, LayerWriter layer) {
    List<Member> members = new ArrayList<>();
    for (FieldSpec f : LayerMembers.fields(layer)) {
      members.add(new Member("field", f.name));
    }
    members.add(method(LayerMembers.handleMethod(layer)));
    members.add(method(layer.forwardMethod(plan.buffers())));
    members.add(method(layer.backwardMethod(plan.buffers(), Passes.takesTarget(plan, layer))));
    BufferPlan buffers = new BufferPlan();
    buffers.group(layer.name(), layer.name());
    layer.declareAllBuffers(buffers);
    for (String b : buffers.names()) {
      members.add(new Member("buffer field", b));
    }
    return members;
  }

  /** Every member of the generated class and of its {@code Buffers} class. */
  private static List<Member> members(TypeSpec type) {
    List<Member> members = new ArrayList<>();
    type.fieldSpecs.forEach(f -> members.add(new Member("field", f.name)));
    type.methodSpecs.stream().filter(m -> !m.isConstructor()).forEach(m -> members.add(method(m)));
    for (TypeSpec nested : type.typeSpecs) {
      if (nested.name.equals(BufferPlan.CLASS_NAME)) {
        nested.fieldSpecs.forEach(f -> members.add(new Member("buffer field", f.name)));
      }
    }
    return members;
  }

  private static Member method(MethodSpec m) {
    return new Member("method", m.name + m.parameters.stream().map(GeneratedMembers::type)
        .collect(Collectors.joining(", ", "(", ")")));
  }

  private static String type(ParameterSpec p) {
    String type = p.type.toString();
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
