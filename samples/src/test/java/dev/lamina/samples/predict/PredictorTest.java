package dev.lamina.samples.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.data.mnist.FashionMnist;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.io.IncompatibleCheckpointException;
import dev.lamina.runtime.kernel.Precision;
import dev.lamina.runtime.optim.Adam;
import dev.lamina.runtime.predict.Classification;
import dev.lamina.runtime.predict.ImagePreprocessing;
import dev.lamina.runtime.predict.Predictor;
import dev.lamina.samples.LaminaFashionCnn;
import dev.lamina.samples.LaminaFashionSegmenter;
import dev.lamina.samples.nets.LaminaActivationNets_Linear;
import dev.lamina.samples.nets.LaminaWholeNets_SmallFashionCnn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What a {@link Predictor} computes, takes and refuses (its concurrency: {@link PredictorConcurrencyTest}). */
class PredictorTest {
  private static final double MEAN = 72.94;
  private static final double STD = 89.99;

  @Test
  void aBatchOfAnySizeGivesWhatTheModelGives() {
    Model model = LaminaWholeNets_SmallFashionCnn.create(3);
    Predictor predictor = Predictor.of(model);
    for (int n : new int[] {1, 7, 45}) { // 45 runs as chunks of 32, 8, 1, 1, 1, 1, 1
      INDArray x = Nd4j.randn(DataType.FLOAT, n, 28, 28, 1);
      INDArray expected = model.predict(x);
      INDArray actual = predictor.predict(x);
      assertArrayEquals(expected.shape(), actual.shape());
      assertTrue(expected.equalsWithEps(actual, 1e-5), "batch " + n);
    }
    // another floating-point type is converted
    INDArray doubles = Nd4j.randn(DataType.DOUBLE, 2, 28, 28, 1);
    assertTrue(model.predict(doubles.castTo(DataType.FLOAT)).equalsWithEps(predictor.predict(doubles), 1e-5));
  }

  /** float[] examples go through the replicas' own input arrays, in chunks as batches do. */
  @Test
  void examplesAsFloatsGiveWhatTheModelGives() {
    Model model = LaminaWholeNets_SmallFashionCnn.create(3);
    Predictor predictor = Predictor.of(model);
    INDArray x = Nd4j.randn(DataType.FLOAT, 45, 28, 28, 1);
    float[][] examples = new float[45][];
    for (int i = 0; i < examples.length; i++) {
      examples[i] = x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).dup('c').data().asFloat();
    }
    INDArray expected = model.predict(x);
    for (int round = 0; round < 2; round++) { // the second round reuses the input arrays
      float[][] actual = predictor.predict(examples);
      for (int i = 0; i < examples.length; i++) {
        assertArrayEquals(expected.getRow(i).dup().data().asFloat(), actual[i], 1e-5f, "example " + i);
      }
      assertArrayEquals(expected.getRow(44).dup().data().asFloat(), predictor.predict(examples[44]), 1e-5f);
    }
  }

  /** bf16 replicas: probabilities within 1e-2 of fp32's, and not equal to them (bf16 ran). */
  @Test
  void aBf16PredictorFollowsTheFp32One() {
    Assumptions.assumeTrue(Precision.bf16Supported(), "this CPU lacks AVX512_BF16");
    Model model = LaminaFashionCnn.create(3);
    INDArray x = Nd4j.randn(DataType.FLOAT, 16, 28, 28, 1);
    INDArray fp32 = Predictor.of(model).predict(x);
    INDArray bf16 = Predictor.builder(model).precision(Precision.BF16).build().predict(x);
    double difference = fp32.sub(bf16).amaxNumber().doubleValue();
    assertTrue(difference < 1e-2 && difference > 1e-6, "largest probability difference " + difference);
  }

  @Test
  void thePredictorKeepsTheWeightsItWasBuiltWith() {
    Model model = LaminaWholeNets_SmallFashionCnn.create(3);
    Predictor predictor = Predictor.of(model);
    float[] x = new float[784];
    java.util.Arrays.fill(x, 0.5f);
    float[] before = predictor.predict(x);
    model.parameters().values().muli(3);
    assertArrayEquals(before, predictor.predict(x));
    assertArrayEquals(before, predictor.predict(new float[][] {x, x})[1]);
  }

  @Test
  void imagesAreResizedGrayedAndStandardizedAsTrainingDataWas() throws Exception {
    Model model = LaminaFashionCnn.create(2);
    Predictor predictor = Predictor.builder(model).preprocessing(new ImagePreprocessing(MEAN, STD))
        .classNames(FashionMnist.CLASS_NAMES).build();
    BufferedImage gray = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    float[] raw = new float[784];
    int[] samples = new int[784];
    for (int i = 0; i < 784; i++) {
      samples[i] = (i * 7) % 256;
      raw[i] = samples[i];
    }
    gray.getRaster().setSamples(0, 0, 28, 28, 0, samples);
    float[] values = predictor.imageValues(gray);
    for (int i = 0; i < 784; i++) {
      assertEquals((raw[i] - MEAN) / STD, values[i], 1e-5, "pixel " + i);
    }
    assertArrayEquals(predictor.predict(values), predictor.predict(gray));
    assertArrayEquals(predictor.predict(values), predictor.predictImage(png(gray)));

    // a larger colour image becomes 28x28 gray: a uniform colour stays uniform, at its BT.601 luma
    BufferedImage color = new BufferedImage(56, 40, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 56; x++) {
        color.setRGB(x, y, 200 << 16 | 100 << 8 | 50);
      }
    }
    float luma = (float) ((Math.round(0.299 * 200 + 0.587 * 100 + 0.114 * 50) - MEAN) / STD);
    for (float v : predictor.imageValues(png(color))) {
      assertEquals(luma, v, 1e-5);
    }

    Classification c = predictor.classify(gray, 3);
    assertEquals(3, c.top().size());
    assertEquals(FashionMnist.CLASS_NAMES.get(c.best().index()), c.best().label());
    assertTrue(c.top().get(0).probability() >= c.top().get(1).probability());
    assertTrue(c.top().get(1).probability() >= c.top().get(2).probability());
    assertEquals(c.probabilities()[c.best().index()], c.best().probability());
    assertEquals(10, predictor.classify(gray, 50).top().size());
  }

  @Test
  void aCheckpointLoadsWithItsPreprocessingAndWithoutItsOptimizerState(@TempDir Path dir) throws Exception {
    Model trained = LaminaFashionCnn.create(8);
    Adam adam = Adam.builder().build();
    adam.build(trained.parameters());
    Path checkpoint = dir.resolve("best.lamina");
    Checkpoints.save(checkpoint, trained, adam, 4, 42);
    Files.writeString(dir.resolve("preprocessing.json"), "{\"mean\": 72.94, \"std\": 89.99, \"validationSize\": 5000}");

    Predictor predictor = Predictor.load(checkpoint, LaminaFashionCnn.create(0));
    assertEquals(new ImagePreprocessing(MEAN, STD), predictor.preprocessing());
    INDArray x = Nd4j.randn(DataType.FLOAT, 3, 28, 28, 1);
    assertTrue(trained.predict(x).equalsWithEps(predictor.predict(x), 1e-5));

    assertThrows(IncompatibleCheckpointException.class,
        () -> Predictor.load(checkpoint, LaminaWholeNets_SmallFashionCnn.create(0)));
    Files.writeString(dir.resolve("preprocessing.json"), "{\"mean\": 72.94}");
    java.io.IOException e = assertThrows(java.io.IOException.class,
        () -> Predictor.load(checkpoint, LaminaFashionCnn.create(0)));
    assertTrue(e.getMessage().contains("\"std\" must be a number, found nothing"), e.getMessage());
  }

  @Test
  void logitsBecomeProbabilities() {
    Predictor predictor = Predictor.of(LaminaActivationNets_Linear.create(1));
    float[] x = new float[12];
    java.util.Arrays.fill(x, 2f);
    Classification c = predictor.classify(x, 2);
    float sum = 0;
    for (float p : c.probabilities()) {
      assertTrue(p > 0 && p < 1);
      sum += p;
    }
    assertEquals(1f, sum, 1e-6f);
  }

  @Test
  void badInputsAreRefusedNamingWhatIsWrong() {
    Predictor predictor = Predictor.of(LaminaWholeNets_SmallFashionCnn.create(1));
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> predictor.predict(new float[783]));
    assertEquals("the example has 783 values but SmallFashionCnn takes 784 ([28, 28, 1], NHWC)", length.getMessage());
    float[] nan = new float[784];
    nan[17] = Float.NaN;
    IllegalArgumentException notFinite = assertThrows(IllegalArgumentException.class,
        () -> predictor.predict(new float[][] {new float[784], nan}));
    assertEquals("example 1 holds NaN at index 17; inputs must be finite", notFinite.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
        () -> predictor.predict(Nd4j.zeros(DataType.FLOAT, 2, 28, 27, 1)));
    assertTrue(shape.getMessage().startsWith("SmallFashionCnn expects an input [N, 28, 28, 1] FLOAT, got [2, 28, 27, 1]"),
        shape.getMessage());
    IllegalArgumentException image = assertThrows(IllegalArgumentException.class,
        () -> predictor.predictImage("GIF89a? no".getBytes()));
    assertTrue(image.getMessage().contains("not an image") || image.getMessage().contains("not a readable image"),
        image.getMessage());
    assertThrows(IllegalArgumentException.class, () -> predictor.classify(new float[784], 0));
    IllegalStateException segmenter = assertThrows(IllegalStateException.class,
        () -> Predictor.of(LaminaFashionSegmenter.create(1)).classify(new float[784], 1));
    assertEquals("FashionSegmenter is not a classifier: its output is [28, 28, 1], not one score per class; use"
        + " predict", segmenter.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Predictor.builder(LaminaFashionCnn.create(1)).classNames(List.of("a", "b")).build());
    assertThrows(IllegalArgumentException.class, () -> Predictor.builder(LaminaFashionCnn.create(1)).batchSizes(8, 2));
    assertThrows(IllegalArgumentException.class, () -> Predictor.builder(LaminaFashionCnn.create(1)).replicas(0));
  }

  private static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
