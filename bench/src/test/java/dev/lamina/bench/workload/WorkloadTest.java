package dev.lamina.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.cli.network.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkloadTest {
  @Test
  void idsNameTheRows() {
    assertEquals("cnn_train_b32", new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 32).id());
    assertEquals("separable_predict_b256", new Workload(BenchNetwork.SEPARABLE, WorkloadKind.PREDICT, 256).id());
  }

  @Test
  void orderIsNetworkThenKindThenBatch() {
    List<Workload> list = new ArrayList<>(List.of(new Workload(BenchNetwork.SEPARABLE, WorkloadKind.TRAIN, 32),
        new Workload(BenchNetwork.CNN, WorkloadKind.PREDICT, 256), new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 128),
        new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 32)));
    list.sort(Workload.ORDER);
    assertEquals(List.of("cnn_train_b32", "cnn_train_b128", "cnn_predict_b256", "separable_train_b32"),
        list.stream().map(Workload::id).toList());
  }

  @Test
  void aBatchMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 0));
    assertEquals("a workload's batch size must be >= 1, got 0", e.getMessage());
  }

  @Test
  void networksAreFoundByAnyOfTheirNames() {
    assertEquals(BenchNetwork.CNN, BenchNetwork.named("cnn"));
    assertEquals(BenchNetwork.CNN, BenchNetwork.named("FashionCnn"));
    assertEquals(BenchNetwork.SEPARABLE, BenchNetwork.named("SEPARABLE"));
    assertEquals(BenchNetwork.SEPARABLE, BenchNetwork.named("fashionseparablecnn"));
    assertEquals(BenchNetwork.RESNET, BenchNetwork.named("FashionResNet"));
    assertEquals(BenchNetwork.UNET, BenchNetwork.named("unet"));
    assertEquals(BenchNetwork.SEGMENTER, BenchNetwork.named("FashionSegmenter"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchNetwork.named("vgg"));
    assertEquals("no benchmarked network is named 'vgg'; expected one of cnn (FashionCnn), separable"
        + " (FashionSeparableCnn), resnet (FashionResNet), unet (FashionUNet), segmenter (FashionSegmenter)",
        e.getMessage());
  }

  /** Each network's declared task is the one {@code lamina train} reads from its output. */
  @ParameterizedTest
  @EnumSource(BenchNetwork.class)
  void theTaskIsTheOneTheCommandLineReadsFromTheOutput(BenchNetwork network) {
    assertEquals(Task.of(network.create(1)), network.task());
  }
}
