package dev.lamina.bench.latency;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.predict.Predictor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lamina's {@link Predictor}, shared by every calling thread: one example through
 * {@code predict(float[])}, a batch through {@code predict(INDArray)} from the same flat values.
 */
final class LaminaEngine implements Engine {
  private final Predictor predictor;
  private final int[] shape;

  LaminaEngine(Model model, int replicas) {
    this.predictor = Predictor.builder(model).replicas(replicas).warmUp(true).build();
    this.shape = model.inputShape();
  }

  @Override
  public String name() {
    return "Lamina";
  }

  @Override
  public float[] run(float[] input, int batch) {
    if (batch == 1) {
      return predictor.predict(input);
    }
    return predictor.predict(Nd4j.create(input, new long[] {batch, shape[0], shape[1], shape[2]}, 'c'))
        .data().asFloat();
  }

  @Override
  public void close() {
    // the predictor's replicas are freed with it
  }
}
