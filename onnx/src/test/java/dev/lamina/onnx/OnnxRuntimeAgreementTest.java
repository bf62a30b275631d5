package dev.lamina.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.lamina.runtime.Model;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ONNX Runtime (Java, CPU) runs each exported network and agrees with Lamina's forward pass within
 * 1e-5, at batch sizes 3 and 1 through the same session (the batch dimension is symbolic).
 */
class OnnxRuntimeAgreementTest {
  private static final double TOLERANCE = 1e-5;

  static Stream<Named<Supplier<Model>>> networks() {
    return ExportedNetworks.all();
  }

  @ParameterizedTest
  @MethodSource("networks")
  void onnxRuntimeComputesWhatLaminaComputes(Supplier<Model> network) throws OrtException {
    Model model = network.get();
    byte[] onnx = OnnxExport.toBytes(model);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions())) {
      assertEquals(java.util.Set.of(OnnxExport.INPUT), session.getInputNames());
      assertEquals(java.util.Set.of(OnnxExport.OUTPUT), session.getOutputNames());
      for (int batch : new int[] {3, 1}) {
        int[] in = model.inputShape();
        Nd4j.getRandom().setSeed(batch);
        INDArray x = Nd4j.randn(DataType.FLOAT, batch, in[0], in[1], in[2]);
        INDArray expected = model.predict(x);
        float[] actual = run(env, session, x, model.outputShape());
        float[] want = expected.dup('c').data().asFloat();
        assertEquals(want.length, actual.length);
        double worst = 0;
        int at = 0;
        for (int i = 0; i < want.length; i++) {
          double d = Math.abs(want[i] - actual[i]);
          if (d > worst) {
            worst = d;
            at = i;
          }
        }
        assertTrue(worst <= TOLERANCE, model.name() + " at batch " + batch + ": largest difference " + worst
            + " at flat index " + at + " (Lamina " + want[at] + ", ONNX Runtime " + actual[at] + ")");
      }
    }
  }

  /** The output of one run, checked to be shaped {@code [N, ...outputShape]}. */
  static float[] run(OrtEnvironment env, OrtSession session, INDArray x, int[] outputShape) throws OrtException {
    try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.dup('c').data().asFloat()), x.shape());
        OrtSession.Result result = session.run(Map.of(OnnxExport.INPUT, input))) {
      OnnxTensor output = (OnnxTensor) result.get(0);
      long[] expected = new long[outputShape.length + 1];
      expected[0] = x.size(0);
      for (int i = 0; i < outputShape.length; i++) {
        expected[i + 1] = outputShape[i];
      }
      assertArrayEquals(expected, output.getInfo().getShape());
      FloatBuffer values = output.getFloatBuffer();
      float[] out = new float[values.remaining()];
      values.get(out);
      return out;
    }
  }
}
