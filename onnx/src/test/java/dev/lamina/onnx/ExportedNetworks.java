package dev.lamina.onnx;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionSegmenter;
import dev.lamina.samples.LaminaFashionSeparableCnn;
import dev.lamina.samples.check.TestNetworks;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every network the export is checked on: one per layer kind, configuration and activation (the test
 * networks of {@code lamina-samples}), the tutorial's networks at reduced width, and the three sample
 * networks at full size. Biases and batch normalization's moving statistics are made non-trivial, so
 * that a weight exported in the wrong layout shows.
 */
final class ExportedNetworks {
  private ExportedNetworks() {}

  static Stream<Named<Supplier<Model>>> all() {
    Stream<Named<Supplier<Model>>> layers = TestNetworks.all()
        .map(n -> Named.of(n.getName(), () -> perturbed(n.getPayload().create(3, DataType.FLOAT))));
    Stream<Named<Supplier<Model>>> samples = Stream.of(
        Named.of("FashionCnn", () -> perturbed(LaminaFashionCnn.create(1))),
        Named.of("FashionSeparableCnn", () -> perturbed(LaminaFashionSeparableCnn.create(1))),
        Named.of("FashionSegmenter", () -> perturbed(LaminaFashionSegmenter.create(1))));
    return Stream.concat(layers, samples);
  }

  /** Adds uniform noise in [-0.05, 0.05) to every weight; moving means in [-0.5, 0.5), variances in [0.5, 1.5). */
  static Model perturbed(Model model) {
    Nd4j.getRandom().setSeed(17);
    for (Parameter p : model.parameters().all()) {
      if (p.name().equals("moving_variance")) {
        p.value().assign(Nd4j.rand(DataType.FLOAT, p.shape()).addi(0.5));
      } else if (p.name().equals("moving_mean")) {
        p.value().assign(Nd4j.rand(DataType.FLOAT, p.shape()).subi(0.5));
      } else {
        p.value().addi(Nd4j.rand(DataType.FLOAT, p.shape()).subi(0.5).muli(0.1));
      }
    }
    return model;
  }
}
