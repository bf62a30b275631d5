package dev.lamina.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.io.IncompatibleCheckpointException;
import dev.lamina.runtime.predict.Predictor;
import dev.lamina.samples.nets.LaminaGraphNets_Residual;
import dev.lamina.samples.nets.LaminaGraphNets_SmallUNet;
import dev.lamina.samples.nets.LaminaGraphNets_ChainWiring_Wiring;
import dev.lamina.samples.nets.LaminaGraphNets_BranchWiring_Wiring;
import dev.lamina.runtime.optim.Adam;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Networks that are no chain with the rest of Lamina: the predictor, checkpoints, the summary. */
class GraphNetworksTest {

  @Test
  void aPredictorGivesWhatAUNetGivesAtEveryBatchSize() {
    Model model = LaminaGraphNets_SmallUNet.create(3);
    Predictor predictor = Predictor.of(model);
    for (int n : new int[] {1, 7, 45}) {
      INDArray x = Nd4j.randn(DataType.FLOAT, n, 4, 4, 1);
      INDArray expected = model.predict(x);
      INDArray actual = predictor.predict(x);
      assertArrayEquals(new long[] {n, 4, 4, 1}, actual.shape());
      assertTrue(expected.equalsWithEps(actual, 1e-5), "batch " + n);
    }
  }

  @Test
  void aCheckpointOfOneWiringDoesNotLoadIntoAnother(@TempDir Path dir) throws Exception {
    Model a = LaminaGraphNets_ChainWiring_Wiring.create(5);
    Model b = LaminaGraphNets_BranchWiring_Wiring.create(5);
    assertArrayEquals(a.parameters().values().shape(), b.parameters().values().shape());
    assertEquals(a.name(), b.name());
    assertTrue(b.architecture().contains(" <- a\n"), b.architecture());
    assertNotEquals(Checkpoints.fingerprint(a), Checkpoints.fingerprint(b));
    Adam adam = Adam.builder().build();
    adam.build(a.parameters());
    Path checkpoint = dir.resolve("a.lamina");
    Checkpoints.save(checkpoint, a, adam, 1, 5);
    Model again = LaminaGraphNets_ChainWiring_Wiring.create(9);
    Adam fresh = Adam.builder().build();
    fresh.build(again.parameters());
    Checkpoints.load(checkpoint, again, fresh);
    INDArray x = Nd4j.randn(DataType.FLOAT, 2, 3, 3, 2);
    assertTrue(a.predict(x).equalsWithEps(again.predict(x), 1e-6));
    Adam other = Adam.builder().build();
    other.build(b.parameters());
    IncompatibleCheckpointException e = assertThrows(IncompatibleCheckpointException.class,
        () -> Checkpoints.load(checkpoint, b, other));
    assertTrue(e.getMessage().contains("first difference: line 4") && e.getMessage().contains("<- a"),
        e.getMessage());
  }

  @Test
  void theSummaryShowsWhatEachLayerIsConnectedTo() {
    String summary = LaminaGraphNets_Residual.create(1).summary().toString();
    assertTrue(summary.contains("Connected to"), summary);
    assertTrue(summary.contains("block1"), summary);
    assertTrue(summary.matches("(?s).*block1 \\(Add\\).*stem.*b.*"), summary);
  }
}
