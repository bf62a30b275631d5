package dev.lamina.runtime.optim;

import dev.lamina.runtime.param.Parameter;
import dev.lamina.runtime.param.Parameters;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A tiny parameter vector whose gradients a test sets by hand. */
final class FlatParameters {
  final Parameters parameters;

  FlatParameters(DataType type, double... values) {
    INDArray v = Nd4j.create(values).castTo(type);
    INDArray g = Nd4j.zeros(type, values.length);
    parameters = new Parameters(v, g, Nd4j.zeros(type, 0), List.of(new Parameter("dense", "kernel", v, g)));
  }

  FlatParameters(double... values) {
    this(DataType.DOUBLE, values);
  }

  void gradients(double... g) {
    parameters.gradients().assign(Nd4j.create(g).castTo(parameters.gradients().dataType()));
  }

  double[] values() {
    return parameters.values().toDoubleVector();
  }
}
