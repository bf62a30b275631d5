package dev.lamina.runtime.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.metric.Logs;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.testing.Blobs;
import dev.lamina.runtime.testing.StubContext;
import dev.lamina.runtime.testing.TestNet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Keras-style progress lines: formatting, in-place redraws on a terminal, one line per epoch in logs. */
class ProgressTest {

  private static Logs logs(double loss, double accuracy) {
    Map<MetricKey, Double> values = new LinkedHashMap<>();
    values.put(MetricKey.LOSS, loss);
    values.put(MetricKey.ACCURACY, accuracy);
    return Logs.of(values);
  }

  @Test
  void linesLookLikeKeras() {
    Map<MetricKey, Double> values = new LinkedHashMap<>(logs(0.43351, 0.84416).asMap());
    values.put(MetricKey.VAL_LOSS, 0.35121);
    values.put(MetricKey.VAL_ACCURACY, 0.87284);
    assertEquals("1719/1719 [==============================] - 23s 13ms/step - loss: 0.4335 - accuracy: 0.8442"
        + " - val_loss: 0.3512 - val_accuracy: 0.8728", ProgressLine.finished(1719, 1719, 22.6, Logs.of(values)));
    // 600 of 1719 after 12 s: 10 of 30 cells, 0.02 s per step, 1119 steps left: ETA 22 s
    assertEquals(" 600/1719 [=========>....................] - ETA: 22s - loss: 0.5123 - accuracy: 0.8000",
        ProgressLine.running(600, 1719, 12, logs(0.51234, 0.8)));
    assertEquals("  37/1719 [..............................] - ETA: 1:31 - loss: 0.5123 - accuracy: 0.8000",
        ProgressLine.running(37, 1719, 2, logs(0.51234, 0.8)));
    assertEquals("1719/1719 - 23s - loss: 0.4335 - accuracy: 0.8442 - 23s/epoch - 13ms/step",
        ProgressLine.summary(1719, 1719, 22.6, logs(0.43351, 0.84416)));
    assertEquals("2s/step", ProgressLine.perStep(1.5));
    assertEquals("250us/step", ProgressLine.perStep(0.00025));
    assertEquals("1:01:01", ProgressLine.eta(3661));
  }

  @Test
  void redrawsInPlaceOnATerminalAtMostEvery50Milliseconds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong();
    ProgressLogger logger = new ProgressLogger(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Verbosity.PROGRESS_BAR, true, now::get);
    StubContext context = new StubContext(TestNet.builder(new int[] {1, 1, 2}, 2).build(), null,
        List.of(MetricKey.LOSS, MetricKey.ACCURACY), 10, 4);
    logger.onEpochBegin(context, 0);
    logger.onBatchEnd(context, 0, logs(0.9, 0.5)); // drawn
    now.addAndGet(10_000_000);
    logger.onBatchEnd(context, 1, logs(0.8, 0.5)); // 10 ms later: skipped
    now.addAndGet(60_000_000);
    logger.onBatchEnd(context, 2, logs(0.7, 0.6)); // drawn
    now.addAndGet(1_000_000);
    logger.onBatchEnd(context, 3, logs(0.6, 0.7)); // last batch: always drawn
    logger.onEpochEnd(context, 0, logs(0.6, 0.7));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Epoch 1/10" + System.lineSeparator() + "\r1/4 [======>.......................]"), out);
    assertEquals(4, out.chars().filter(c -> c == '\r').count(), "3 redraws and the final line: " + out);
    assertTrue(out.contains("\r3/4 [=====================>........] - ETA: 0s - loss: 0.7000 - accuracy: 0.6000"), out);
    assertTrue(out.endsWith("\r4/4 [==============================] - 0s 18ms/step - loss: 0.6000 - accuracy: 0.7000"
        + System.lineSeparator()), out);
  }

  @Test
  void printsOneLinePerEpochWhenNotATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Trainer trainer = TrainerTest.sgdTrainer(TrainerTest.softmaxRegression(1));
    trainer.fit(Blobs.make(60, 1), FitConfig.builder().epochs(2).batchSize(20).validationData(Blobs.make(30, 2))
        .progressOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8)).build());
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
    assertEquals(4, lines.length, String.join("\n", lines));
    assertEquals("Epoch 1/2", lines[0]);
    assertEquals("Epoch 2/2", lines[2]);
    String figure = "\\d+\\.\\d{4}";
    for (String line : new String[] {lines[1], lines[3]}) {
      assertTrue(line.matches("3/3 \\[=+\\] - \\d+s \\d+(us|ms|s)/step - loss: " + figure + " - accuracy: " + figure
          + " - val_loss: " + figure + " - val_accuracy: " + figure), line);
      assertTrue(!line.contains("\r"));
    }
    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    trainer.fit(Blobs.make(60, 1), FitConfig.builder().verbosity(Verbosity.ONE_LINE_PER_EPOCH)
        .progressOutput(new PrintStream(quiet, true, StandardCharsets.UTF_8)).build());
    String[] two = quiet.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
    assertEquals("Epoch 1/1", two[0]);
    assertTrue(two[1].matches("2/2 - \\d+s - loss: " + figure + " - accuracy: " + figure + " - \\d+s/epoch - \\d+(us|ms|s)/step"),
        two[1]);
  }
}
