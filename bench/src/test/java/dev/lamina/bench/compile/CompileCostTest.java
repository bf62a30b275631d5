package dev.lamina.bench.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.bench.workload.BenchNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompileCostTest {
  private static final CompileCost CNN = new CompileCost(BenchNetwork.CNN,
      Map.of(ProcessingMode.WITHOUT_PROCESSOR, List.of(30.0, 10.0, 20.0),
          ProcessingMode.WITH_PROCESSOR, List.of(50.0, 40.0, 60.0, 45.0),
          ProcessingMode.PROCESSING_ONLY, List.of(25.0)),
      Map.of());
  private static final CompileCost SEPARABLE = new CompileCost(BenchNetwork.SEPARABLE,
      Map.of(ProcessingMode.WITHOUT_PROCESSOR, List.of(10.0), ProcessingMode.WITH_PROCESSOR, List.of(90.0)),
      Map.of(ProcessingMode.WITHOUT_PROCESSOR, List.of(900.0), ProcessingMode.WITH_PROCESSOR, List.of(1300.0)));

  @Test
  void addedTimeIsTheDifferenceOfMedians() {
    assertEquals(20.0, CNN.warm(ProcessingMode.WITHOUT_PROCESSOR).getAsDouble());
    assertEquals(47.5, CNN.warm(ProcessingMode.WITH_PROCESSOR).getAsDouble());
    assertEquals(27.5, CNN.warmAdded().getAsDouble());
    assertFalse(CNN.coldAdded().isPresent());
    assertEquals(400.0, SEPARABLE.coldAdded().getAsDouble());
  }

  @Test
  void tableMarksTheTarget() {
    String table = CompileCostTable.format(List.of(CNN, SEPARABLE), 20, 3);
    assertTrue(table.contains("| FashionCnn | 20.0 | 47.5 | 25.0 | 27.5 | yes | – | – | – |\n"), table);
    assertTrue(table.contains("| FashionSeparableCnn | 10.0 | 90.0 | – | 80.0 | NO | 900.0 | 1300.0 | 400.0 |\n"), table);
    assertTrue(table.contains("Warm: 20 in-process javac compilations per mode"), table);
  }
}
