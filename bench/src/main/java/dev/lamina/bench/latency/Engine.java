package dev.lamina.bench.latency;

/** One way to run a network's inference, timed call by call; safe for concurrent calls. */
interface Engine extends AutoCloseable {
  /** What the tables call it: {@code Lamina}, {@code ONNX Runtime}. */
  String name();

  /**
   * Runs one batch.
   *
   * @param input {@code batch} examples, NHWC values laid end to end
   * @return the outputs laid end to end
   */
  float[] run(float[] input, int batch) throws Exception;

  /** Frees what the engine holds. */
  @Override
  void close();
}
