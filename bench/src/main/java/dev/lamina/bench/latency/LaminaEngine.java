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
  private final boolean soloThread;

  /**
   * @param soloThread whether lone single examples may run on the predictor's own thread with every
   *     OpenMP thread ({@code PredictorBuilder.soloThread}; the default is false)
   */
  LaminaEngine(Model model, int replicas, boolean soloThread) {
    this.predictor = Predictor.builder(model).replicas(replicas).soloThread(soloThread).warmUp(true).build();
    this.shape = model.inputShape();
    this.soloThread = soloThread;
  }

  @Override
  public String name() {
    return soloThread ? "Lamina, solo thread" : "Lamina";
  }

  @Override
  public float[] run(float[] input, int batch) {
    if (batch == 1) {
      return predictor.predict(input);
    }
    return predictor.predict(Nd4j.create(input, new long[] {batch, shape[0], shape[1], shape[2]}, 'c'))
        .data().asFloat();
  }

  /** The predictor's description: where its lone single examples ran and their typical latency each way. */
  String describe() {
    return predictor.toString();
  }

  @Override
  public void close() {
    // the predictor's replicas are freed with it
  }
}
