package dev.lamina.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.bench.workload.BenchNetwork;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RunCommandTest {
  private static RunSettings parse(String... args) {
    RunCommand command = new RunCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void defaultsAreThePeersSettings() {
    RunSettings s = parse();
    assertEquals(List.of(BenchNetwork.CNN, BenchNetwork.SEPARABLE), s.networks());
    assertEquals(List.of(32, 128), s.trainBatches());
    assertEquals(256, s.predictBatch());
    assertEquals(320, s.steps());
    assertEquals(20, s.warmupSteps());
    assertEquals(300, s.timedSteps());
    assertEquals(42, s.seed());
    assertEquals(0.01, s.learningRate());
    assertEquals(Path.of("/usr/share/datasets/fashion-mnist"), s.dataDirectory());
    assertEquals(5000, s.validationSize());
    assertEquals(0, s.threads());
    assertEquals(List.of(1024, 2048), s.gemmSizes());
    assertEquals(false, s.inProcess());
    assertEquals(true, s.report());
  }

  @Test
  void aChildGetsTheSameSettingsForItsNetwork() {
    RunSettings s = parse("--network", "FashionSeparableCnn,cnn", "--batch", "64", "--steps", "40", "--warmup", "5",
        "--repeats", "2", "--threads", "1", "--seed", "7", "--lr", "0.05", "--data-dir", "/data/fm", "--profile",
        "--measure-epoch", "--gemm-size", "256", "--gemm-repeats", "4", "-o", "out/x", "--label", "a label");
    assertEquals(List.of(BenchNetwork.SEPARABLE, BenchNetwork.CNN), s.networks());
    for (BenchNetwork network : s.networks()) {
      RunSettings child = parse(s.childArguments(network).subList(1, s.childArguments(network).size())
          .toArray(new String[0]));
      assertEquals(s.forChild(network), child);
      assertEquals(List.of(network), child.networks());
      assertEquals(true, child.inProcess());
      assertEquals(false, child.report());
    }
  }

  @Test
  void stepsMustExceedTheWarmUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("--steps", "20"));
    assertEquals("--steps counts the --warmup steps too, so it must exceed them; got --steps 20 --warmup 20",
        e.getMessage());
  }

  @Test
  void unknownNetworksAreUsageErrors() {
    CommandLine cli = new CommandLine(new RunCommand());
    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
        () -> cli.parseArgs("--network", "vgg"));
    assertEquals(true, e.getMessage().contains("no benchmarked network is named 'vgg'"), e.getMessage());
  }

  @Test
  void countsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> parse("--repeats", "0"));
    assertThrows(IllegalArgumentException.class, () -> parse("--threads", "-1"));
    assertThrows(IllegalArgumentException.class, () -> parse("--batch", "0"));
    assertThrows(IllegalArgumentException.class, () -> parse("--gemm-size", "0"));
  }
}
