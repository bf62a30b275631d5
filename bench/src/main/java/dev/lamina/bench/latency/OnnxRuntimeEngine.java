package dev.lamina.bench.latency;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.lamina.onnx.OnnxExport;
import dev.lamina.runtime.Model;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * ONNX Runtime Java (CPU execution provider, all graph optimizations) running Lamina's own ONNX export of
 * the network: one session shared by every calling thread ({@code run} is thread-safe), with
 * {@code intraOpThreads} threads per call.
 */
final class OnnxRuntimeEngine implements Engine {
  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final long[] example;

  OnnxRuntimeEngine(Model model, int intraOpThreads) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    options.setIntraOpNumThreads(intraOpThreads);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    this.session = env.createSession(OnnxExport.toBytes(model), options);
    int[] in = model.inputShape();
    this.example = new long[] {in[0], in[1], in[2]};
  }

  @Override
  public String name() {
    return "ONNX Runtime";
  }

  @Override
  public float[] run(float[] input, int batch) throws OrtException {
    long[] shape = {batch, example[0], example[1], example[2]};
    try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
        OrtSession.Result result = session.run(Map.of(OnnxExport.INPUT, x))) {
      FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
      float[] values = new float[out.remaining()];
      out.get(values);
      return values;
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("closing the ONNX Runtime session failed: " + e.getMessage(), e);
    }
  }
}
