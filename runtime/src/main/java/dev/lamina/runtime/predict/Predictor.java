package dev.lamina.runtime.predict;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.kernel.Precision;
import dev.lamina.runtime.data.image.ImagePixels;
import dev.lamina.runtime.kernel.BufferOps;
import dev.lamina.runtime.kernel.InputCheck;
import dev.lamina.runtime.kernel.IntraOpThreads;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Inference with a trained network from any number of threads at once: safe for concurrent calls, as
 * an ONNX Runtime session's {@code run()} (and unlike a DJL {@code Predictor}, which wants one per
 * thread). Share one per network in an application or a server.
 *
 * <pre>{@code
 * Predictor predictor = Predictor.load(Path.of("runs/fashioncnn/best.lamina"), LaminaFashionCnn.create(0));
 * Classification c = predictor.classifyImage(Files.readAllBytes(Path.of("shirt.png")), 3);
 * float[] probabilities = predictor.predict(example);                  // one example, NHWC values
 * INDArray batch = predictor.predict(images);                         // [N, 28, 28, 1] -> [N, 10]
 * }</pre>
 *
 * <p>How: the predictor keeps replicas of the network ({@link Model#replica()}: the same generated
 * code, a copy of the weights, buffers and oneDNN primitives of their own) and runs each call on an idle
 * one. No lock is held during a forward pass; a replica is created the first time all existing ones are
 * busy, up to {@link PredictorBuilder#replicas(int)} (default: one per CPU), and beyond that a call waits
 * for one to be free. Buffers and primitives are created once per replica and batch size and reused,
 * and a batch of any size runs as chunks of a few fixed sizes
 * ({@link PredictorBuilder#batchSizes(int...)}), so that varying request sizes create nothing after
 * warm-up. Results do not depend on which thread or replica computes them.
 *
 * <p>Threads: a chunk of one example (up to {@link PredictorBuilder#singleThreadedUpTo(int)}) runs on the
 * calling thread alone, larger chunks with oneDNN's OpenMP threads. Every calling thread that starts
 * OpenMP work gets a team of its own, and callers that start none keep the machine from having more team
 * threads than CPUs, beyond which libgomp makes each parallel region wait for a wake-up. Concurrent
 * calls still use every CPU, one replica each. With {@link PredictorBuilder#soloThread(boolean)}, a call of
 * one example that finds no other pass in flight (the predictor counts them) is handed to the predictor's
 * own thread instead, which runs it on a
 * replica of its own with every OpenMP thread, one team for the whole predictor, whenever that has been
 * faster lately than one thread: a lone caller is not limited to one CPU, and concurrent callers still start no team.
 *
 * <p>The predictor copies the network's parameters when it is built: training the network afterwards
 * does not change the predictor (build a new one). Tensors are NHWC; inputs of another floating-point
 * type are converted to the network's.
 */
public final class Predictor {
  private final String name;
  private final int[] inputShape;
  private final int[] outputShape;
  private final int inputLength;
  private final int outputLength;
  private final DataType dataType;
  private final ReplicaPool pool;
  private final BatchPlan plan;
  private final List<String> classNames;
  /** Reads outputs as classifications. */
  private final TopClasses topClasses;
  private final ImagePreprocessing preprocessing;
  private final ImagePixels pixels;
  /** Chunks of at most this many examples run with one OpenMP thread (0: none). */
  private final int singleThreadedUpTo;
  /** Runs single examples that find no other pass in flight with every OpenMP thread; null if not used. */
  private final SoloThread solo;
  /** Counts the passes in flight and says whether a call goes to {@link #solo} or runs on its caller. */
  private final CallRouter router;

  /**
   * @param prototype the predictor's own copy of the network, which every replica copies and which never runs
   * @param replicas the most replicas
   * @param plan the chunk sizes
   * @param classNames class names, or empty
   * @param preprocessing how images are scaled
   * @param precision the arithmetic of the replicas' layers with weights
   * @param singleThreadedUpTo chunks of at most this many examples run with one OpenMP thread (0: none)
   * @param soloThread whether a single example that finds no other pass in flight may run on the
   *     predictor's own thread with every OpenMP thread (only if single examples run with one thread and
   *     there are several CPUs)
   */
  Predictor(Model prototype, int replicas, BatchPlan plan, List<String> classNames, ImagePreprocessing preprocessing,
      Precision precision, int singleThreadedUpTo, boolean soloThread) {
    this.name = prototype.name();
    this.inputShape = prototype.inputShape();
    this.outputShape = prototype.outputShape();
    this.inputLength = Arrays.stream(inputShape).reduce(1, (x, y) -> x * y);
    this.outputLength = Arrays.stream(outputShape).reduce(1, (x, y) -> x * y);
    this.dataType = prototype.dataType();
    this.pool = new ReplicaPool(prototype, replicas, precision);
    this.plan = plan;
    this.classNames = List.copyOf(classNames);
    this.topClasses = new TopClasses(name, outputShape, prototype.outputActivation(), classNames);
    this.preprocessing = preprocessing;
    boolean image = inputShape.length == 3 && (inputShape[2] == 1 || inputShape[2] == 3);
    this.pixels = image ? new ImagePixels(inputShape[0], inputShape[1], inputShape[2]) : null;
    this.singleThreadedUpTo = singleThreadedUpTo;
    boolean useSolo = soloThread && singleThreadedUpTo >= 1 && Runtime.getRuntime().availableProcessors() > 1;
    this.solo = useSolo ? new SoloThread(pool::extra, "lamina-solo-" + name) : null;
    this.router = new CallRouter(useSolo);
  }

  /** A predictor of {@code network} with its current weights and the defaults of {@link PredictorBuilder}. */
  public static Predictor of(Model network) {
    return builder(network).build();
  }

  /**
   * A predictor of the weights in a checkpoint, with the image preprocessing saved beside it
   * ({@code preprocessing.json}) when there is one.
   *
   * @param network an instance of the network the checkpoint was saved from (its weights do not matter,
   *     and it is not changed)
   * @throws IOException as {@link PredictorBuilder#buildLoaded()}
   */
  public static Predictor load(Path checkpoint, Model network) throws IOException {
    return builder(network).checkpoint(checkpoint).buildLoaded();
  }

  /** Configures a predictor of {@code network}. */
  public static PredictorBuilder builder(Model network) {
    return new PredictorBuilder(network);
  }

  /** The network's name. */
  public String name() {
    return name;
  }

  /** One example's input shape, {@code {height, width, channels}}. */
  public int[] inputShape() {
    return inputShape.clone();
  }

  /** One example's output shape. */
  public int[] outputShape() {
    return outputShape.clone();
  }

  /** The class names given to the builder (empty if none). */
  public List<String> classNames() {
    return classNames;
  }

  /** How images are scaled before the network sees them. */
  public ImagePreprocessing preprocessing() {
    return preprocessing;
  }

  /** The most replicas, hence the most forward passes at once. */
  public int replicas() {
    return pool.capacity();
  }

  /**
   * Runs the network on a batch.
   *
   * @param batch {@code [N, height, width, channels]}, N at least 1, of a floating-point type
   * @return {@code [N, ...outputShape()]} in the network's data type: a new array the caller owns
   * @throws IllegalArgumentException if {@code batch} is null, not floating-point, or shaped otherwise; the
   *     message names the network, the expected and the given shape
   */
  public INDArray predict(INDArray batch) {
    Objects.requireNonNull(batch, "batch");
    INDArray x = batch;
    if (x.dataType() != dataType) {
      if (!x.dataType().isFPType()) {
        throw new IllegalArgumentException(name + " takes floating-point inputs, got " + x.dataType());
      }
      x = x.castTo(dataType);
    }
    int n = InputCheck.requireInput(name, inputShape, dataType, x);
    INDArray out = Nd4j.create(dataType, outputBatchShape(n));
    CallRouter.Route route = router.enter(n);
    try {
      long start = System.nanoTime();
      if (route == CallRouter.Route.SOLO) {
        solo.run(x, out);
      } else {
        predictOnCaller(x, n, out);
      }
      router.record(route, System.nanoTime() - start);
    } finally {
      router.exit();
    }
    return out;
  }

  /** Runs {@code n} examples on a replica on the calling thread, into {@code out}. */
  private void predictOnCaller(INDArray x, int n, INDArray out) {
    Replica replica = pool.acquire();
    try {
      int start = 0;
      while (start < n) {
        int size = plan.next(n - start);
        INDArray y = forward(replica.model(), size == n ? x : x.get(NDArrayIndex.interval(start, start + size)),
            size);
        BufferOps.copy(y, size == n ? out : out.get(NDArrayIndex.interval(start, start + size)));
        start += size;
      }
    } finally {
      pool.release(replica);
    }
  }

  /**
   * Runs the network on one example.
   *
   * @param example {@code height * width * channels} values, NHWC order (row by row, a pixel's channels
   *     together)
   * @return the output's values, {@code outputShape()} in C order (a classifier: one per class)
   * @throws IllegalArgumentException if the length is wrong or a value is NaN or infinite; the message
   *     names the index
   */
  public float[] predict(float[] example) {
    return run(examples(new float[][] {example}), 1);
  }

  /**
   * Runs the network on a batch of examples.
   *
   * @param examples N examples, each as {@link #predict(float[])} takes it
   * @return N outputs
   * @throws IllegalArgumentException if there are none, or one has the wrong length or a non-finite
   *     value; the message names the example and the index
   */
  public float[][] predict(float[][] examples) {
    Objects.requireNonNull(examples, "examples");
    float[] flat = run(examples(examples), examples.length);
    float[][] out = new float[examples.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = Arrays.copyOfRange(flat, i * outputLength, (i + 1) * outputLength);
    }
    return out;
  }

  /**
   * Runs the network on an image, resized and scaled as {@link #imageValues(BufferedImage)} says.
   *
   * @throws IllegalStateException if the network's input is not an image (1 or 3 channels)
   */
  public float[] predict(BufferedImage image) {
    return run(imageValues(image), 1);
  }

  /**
   * Runs the network on an encoded image (PNG, JPEG, BMP or GIF bytes).
   *
   * @throws IllegalArgumentException if the bytes are not a readable image
   * @throws IllegalStateException if the network's input is not an image
   */
  public float[] predictImage(byte[] encoded) {
    return run(imageValues(encoded), 1);
  }

  /**
   * Classifies a batch.
   *
   * @param k how many of the most probable classes to list per example (at most the class count)
   * @throws IllegalArgumentException as {@link #predict(INDArray)}, or if {@code k} is below 1
   * @throws IllegalStateException if the network is not a classifier (its output is not a vector)
   */
  public List<Classification> classify(INDArray batch, int k) {
    topClasses.require(k);
    INDArray out = predict(batch);
    return topClasses.ofBatch(floats(out), (int) out.size(0), k);
  }

  /** Classifies one example; see {@link #predict(float[])} and {@link #classify(INDArray, int)}. */
  public Classification classify(float[] example, int k) {
    topClasses.require(k);
    return topClasses.ofExample(predict(example), 0, k);
  }

  /** Classifies a batch of examples; see {@link #predict(float[][])} and {@link #classify(INDArray, int)}. */
  public List<Classification> classify(float[][] examples, int k) {
    topClasses.require(k);
    Objects.requireNonNull(examples, "examples");
    return topClasses.ofBatch(run(examples(examples), examples.length), examples.length, k);
  }

  /** Classifies an image; see {@link #predict(BufferedImage)} and {@link #classify(INDArray, int)}. */
  public Classification classify(BufferedImage image, int k) {
    topClasses.require(k);
    return topClasses.ofExample(predict(image), 0, k);
  }

  /** Classifies an encoded image; see {@link #predictImage(byte[])} and {@link #classify(INDArray, int)}. */
  public Classification classifyImage(byte[] encoded, int k) {
    topClasses.require(k);
    return topClasses.ofExample(predictImage(encoded), 0, k);
  }

  /**
   * The values the network reads for an image: converted to its channels (grayscale or RGB), resized to
   * its height and width (ignoring the aspect ratio) and scaled by {@link #preprocessing()}, as the
   * training data was.
   *
   * @throws IllegalStateException if the network's input is not an image (1 or 3 channels)
   */
  public float[] imageValues(BufferedImage image) {
    float[] values = requirePixels().of(image);
    preprocessing.apply(values);
    return values;
  }

  /**
   * As {@link #imageValues(BufferedImage)}, for an encoded image.
   *
   * @throws IllegalArgumentException if the bytes are not a readable image
   * @throws IllegalStateException if the network's input is not an image
   */
  public float[] imageValues(byte[] encoded) {
    float[] values = requirePixels().decode(encoded);
    preprocessing.apply(values);
    return values;
  }

  /** Whether the network's output is one score per class (a vector). */
  public boolean classifier() {
    return topClasses.classifier();
  }

  @Override
  public String toString() {
    return "Predictor[" + name + ", " + dataType + ", up to " + pool.capacity() + " replicas, batch sizes " + plan
        + ", single-threaded up to " + singleThreadedUpTo + " examples" + (solo == null ? "" : ", solo thread: "
        + router) + "]";
  }

  /**
   * Creates every replica and runs each chunk size once, and the solo thread's replica, so that no call
   * pays for creating them later. Runs on a thread of its own that then ends, so that the chunks run with
   * OpenMP's threads leave no OpenMP team behind on the caller's thread (which would count against the
   * CPUs, see {@link SoloChoice}).
   *
   * @throws IllegalStateException if interrupted while waiting for that thread
   */
  void warmUp() {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        warmUpHere();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "lamina-warm-up-" + name);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while warming up " + name, e);
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
  }

  private void warmUpHere() {
    if (solo != null && router.enterAlone()) {
      try {
        if (dataType == DataType.FLOAT) {
          solo.run(new float[inputLength], inputLength, new float[outputLength], outputLength);
        } else {
          solo.run(Nd4j.zeros(dataType, batchShape(1)), Nd4j.create(dataType, outputBatchShape(1)));
        }
      } finally {
        router.exit();
      }
    }
    List<Replica> replicas = new ArrayList<>();
    try {
      for (int i = 0; i < pool.capacity(); i++) {
        replicas.add(pool.acquire());
      }
      for (Replica replica : replicas) {
        for (int size : plan.sizes()) {
          forward(replica.model(), dataType == DataType.FLOAT ? replica.input(size) : Nd4j.zeros(dataType,
              batchShape(size)), size);
        }
      }
    } finally {
      replicas.forEach(pool::release);
    }
  }

  /**
   * One chunk's inference pass. A small chunk runs with one OpenMP thread: its layers take microseconds,
   * less than waking another thread for each of them, and a thread of the caller's that never creates an
   * OpenMP team keeps the other callers' teams from being throttled ({@link IntraOpThreads}). The
   * caller's own setting is restored afterwards. Every call with a chunk size runs with the same thread
   * count, as oneDNN's primitives for that size were created with it.
   */
  private INDArray forward(Model replica, INDArray chunk, int size) {
    if (size > singleThreadedUpTo) {
      return replica.forward(chunk, false);
    }
    int before = IntraOpThreads.set(1);
    try {
      return replica.forward(chunk, false);
    } finally {
      IntraOpThreads.set(before);
    }
  }

  /** The examples as one flat array, checked. */
  private float[] examples(float[][] examples) {
    return FlatExamples.flatten(name, inputShape, examples);
  }

  /**
   * Runs {@code n} examples given as flat values; the outputs as flat values. In FLOAT, the values go
   * straight into the replica's input array and the outputs straight out of its output buffer: the only
   * array allocated is the result.
   */
  private float[] run(float[] values, int n) {
    if (dataType != DataType.FLOAT) {
      return floats(predict(Nd4j.create(values, batchShape(n), 'c').castTo(dataType)));
    }
    float[] out = new float[Math.multiplyExact(n, outputLength)];
    CallRouter.Route route = router.enter(n);
    try {
      long start = System.nanoTime();
      if (route == CallRouter.Route.SOLO) {
        solo.run(values, inputLength, out, outputLength);
      } else {
        runOnCaller(values, n, out);
      }
      router.record(route, System.nanoTime() - start);
    } finally {
      router.exit();
    }
    return out;
  }

  /** Runs {@code n} examples given as flat values on a replica on the calling thread, into {@code out}. */
  private void runOnCaller(float[] values, int n, float[] out) {
    Replica replica = pool.acquire();
    try {
      int start = 0;
      while (start < n) {
        int size = plan.next(n - start);
        INDArray y = forward(replica.model(), replica.input(size, values, start, inputLength), size);
        Replica.copyOut(y, out, start, outputLength);
        start += size;
      }
    } finally {
      pool.release(replica);
    }
  }

  /** {@code [n, ...inputShape]}. */
  private long[] batchShape(int n) {
    long[] shape = new long[inputShape.length + 1];
    shape[0] = n;
    for (int i = 0; i < inputShape.length; i++) {
      shape[i + 1] = inputShape[i];
    }
    return shape;
  }

  /** {@code [n, ...outputShape]}. */
  private long[] outputBatchShape(int n) {
    long[] shape = new long[outputShape.length + 1];
    shape[0] = n;
    for (int i = 0; i < outputShape.length; i++) {
      shape[i + 1] = outputShape[i];
    }
    return shape;
  }

  /** The values of a new C-order output, as floats. */
  private static float[] floats(INDArray out) {
    return out.dataType() == DataType.FLOAT ? out.data().asFloat() : out.castTo(DataType.FLOAT).data().asFloat();
  }

  private ImagePixels requirePixels() {
    if (pixels == null) {
      throw new IllegalStateException(name + " does not take images: its input is " + shapeText(inputShape)
          + " (images have 1 or 3 channels)");
    }
    return pixels;
  }

  private static String shapeText(int[] shape) {
    return Arrays.toString(shape);
  }
}
