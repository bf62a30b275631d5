package dev.lamina.processor.model;

import dev.lamina.processor.diagnostic.Attr;
import dev.lamina.processor.diagnostic.Message;
import dev.lamina.processor.diagnostic.Problem;
import java.util.ArrayList;
import java.util.List;

/** {@code @Dropout}: same shape out as in, no parameters. */
public record DropoutSpec(double rate) implements LayerSpec {

  @Override
  public String kerasType() {
    return "Dropout";
  }

  @Override
  public String annotation() {
    return "Dropout";
  }

  @Override
  public InputRank inputRank() {
    return InputRank.ANY;
  }

  @Override
  public List<Problem> checkAttributes(String layer) {
    List<Problem> out = new ArrayList<>();
    if (!(rate >= 0 && rate < 1)) {
      out.add(Problem.at(Attr.RATE, Message.INVALID_VALUE, layer, "rate", "in [0, 1)", "rate = " + rate,
          "Use a fraction such as rate = 0.5."));
    }
    return out;
  }

  @Override
  public List<Problem> checkInput(String layer, Shape in) {
    return List.of();
  }

  @Override
  public Shape outputShape(Shape in) {
    return in;
  }

  @Override
  public List<TensorSpec> tensors(Shape in) {
    return List.of();
  }

  @Override
  public long macs(Shape in) {
    return 0;
  }

  @Override
  public String describe() {
    return "Dropout(rate=" + rate + ")";
  }
}
