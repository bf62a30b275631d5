package dev.lamina.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.bench.workload.BenchNetwork;
import dev.lamina.bench.workload.Framework;
import dev.lamina.bench.workload.Workload;
import dev.lamina.bench.workload.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerLogParserTest {
  private static final List<String> PYTORCH = List.of(
      "=== 2026-11-29T13:30:38Z pt_cnn_steps@2: /usr/bin/python3 pytorch_fashion.py --model cnn",
      "python 3.11.2 torch 1.13.0a0 numpy 1.24.2",
      "nproc(os.cpu_count)=2 torch.get_num_threads=2 interop=1 mkldnn=True OMP_NUM_THREADS=None",
      "data: train (55000, 1, 28, 28) valid (5000, 1, 28, 28) test (10000, 1, 28, 28) mean=72.9379 std=89.9897",
      "model cnn: 435306 params (Keras: 435306) OK",
      "batch 32, lr 0.01, steps/epoch 320, epochs 1",
      "epoch 1/1: train 10.5s (977.8 samples/s) steps 320 loss 0.6574 acc 0.7608",
      "TRAIN THROUGHPUT: 977.8 samples/s (9600 samples in 9.82s, excluding the first 20 warm-up steps)",
      "PREDICT THROUGHPUT: 1970.1 samples/s (10000 test images, batch 256, 5.08s)",
      "=== rc=0 wall=17s");

  private static final List<String> DL4J = List.of(
      "java 17.0.15, availableProcessors=2, nd4j maxThreads=2 maxMasterThreads=2 OMP_NUM_THREADS=null, backend=CpuBackend",
      "13:40:01.123 [main] INFO org.nd4j.linalg.factory.Nd4jBackend - Loaded [CpuBackend] backend",
      "layer9 (DenseLayer)                    1152,128   147,584       W:{1152,128}, b:{128}",
      "model separable (NHWC): 184234 params (Keras: 184234) OK",
      "batch 128, lr 0.01, steps/epoch 70, epochs 1",
      "epoch 1/1: train 267.1s (38.3 samples/s) steps 70 loss 2.3027 acc 0.1021 | val_loss 2.3 val_acc 0.1 (eval 3.0s)",
      "TRAIN THROUGHPUT: 38.8 samples/s (7680 samples in 197.9s, excluding the first 10 warm-up steps)");

  @Test
  void readsEveryFigureOfAPyTorchLog() {
    PeerRun run = PeerLogParser.parse(Framework.PYTORCH, "pt.log", PYTORCH);
    assertEquals(BenchNetwork.CNN, run.network());
    assertEquals(32, run.batch());
    assertEquals(320, run.stepsPerEpoch());
    assertEquals(20, run.warmupSteps());
    assertEquals(977.8, run.trainSamplesPerSecond());
    assertEquals(1970.1, run.predictSamplesPerSecond());
    assertEquals(256, run.predictBatch());
    assertEquals(0.6574, run.loss());
    assertEquals(0.7608, run.accuracy());
    assertEquals(2, run.threads());
    assertEquals(List.of(
        new PeerRun.Measurement(new Workload(BenchNetwork.CNN, WorkloadKind.TRAIN, 32), 977.8),
        new PeerRun.Measurement(new Workload(BenchNetwork.CNN, WorkloadKind.PREDICT, 256), 1970.1)),
        run.measurements());
  }

  @Test
  void readsADl4jLogAndIgnoresLibraryLinesAndValidationFigures() {
    PeerRun run = PeerLogParser.parse(Framework.DL4J, "dl4j.log", DL4J);
    assertEquals(BenchNetwork.SEPARABLE, run.network());
    assertEquals(128, run.batch());
    assertEquals(10, run.warmupSteps());
    assertEquals(38.8, run.trainSamplesPerSecond());
    assertNull(run.predictSamplesPerSecond());
    assertEquals(2.3027, run.loss());
    assertEquals(0.1021, run.accuracy());
    assertEquals(2, run.threads());
    assertEquals(List.of(new PeerRun.Measurement(new Workload(BenchNetwork.SEPARABLE, WorkloadKind.TRAIN, 128), 38.8)),
        run.measurements());
  }

  @Test
  void aLogWithoutModelLineIsRejectedNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerLogParser.parse(Framework.PYTORCH, "runs/x.log", PYTORCH.subList(5, 9)));
    assertEquals("runs/x.log: no 'model <name>: <n> params' line; is this the output of pytorch_fashion.py?",
        e.getMessage());
  }

  @Test
  void aLogWithoutBatchLineIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerLogParser.parse(Framework.PYTORCH, "x.log", List.of(PYTORCH.get(4), PYTORCH.get(7))));
    assertEquals("x.log: no 'batch <n>, lr ..., steps/epoch ...' line", e.getMessage());
  }

  @Test
  void anUnfinishedRunIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerLogParser.parse(Framework.DL4J, "d.log", DL4J.subList(0, 6)));
    assertEquals("d.log: no TRAIN THROUGHPUT or PREDICT THROUGHPUT line; did the DL4J run finish? Its timed runs"
        + " need --warmup smaller than --max-steps", e.getMessage());
  }

  @Test
  void anUnknownModelIsRejectedListingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerLogParser.parse(Framework.PYTORCH, "r.log", List.of("model vgg: 11000000 params (Keras: 1) OK")));
    assertEquals("r.log: no benchmarked network is named 'vgg'; expected one of cnn (FashionCnn), separable"
        + " (FashionSeparableCnn), resnet (FashionResNet), unet (FashionUNet), segmenter (FashionSegmenter)",
        e.getMessage());
  }

  @Test
  void aMalformedFigureIsRejected() {
    List<String> lines = List.of(PYTORCH.get(4), PYTORCH.get(5),
        "TRAIN THROUGHPUT: 9x7.8 samples/s (9600 samples in 9.82s, excluding the first 20 warm-up steps)");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerLogParser.parse(Framework.PYTORCH, "m.log", lines));
    assertEquals("m.log: '9x7.8' is not a number", e.getMessage());
  }

  @Test
  void laminaHasNoPeerLogs() {
    assertThrows(IllegalArgumentException.class, () -> PeerLogParser.parse(Framework.LAMINA, "l.log", PYTORCH));
  }
}
