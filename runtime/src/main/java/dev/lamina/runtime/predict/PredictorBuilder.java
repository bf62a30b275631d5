package dev.lamina.runtime.predict;

import dev.lamina.runtime.Model;
import dev.lamina.runtime.io.Checkpoints;
import dev.lamina.runtime.kernel.IntraOpThreads;
import dev.lamina.runtime.kernel.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Configures a {@link Predictor}: {@code Predictor.builder(network)}. */
public final class PredictorBuilder {
  private final Model network;
  private Path checkpoint;
  private int replicas = Runtime.getRuntime().availableProcessors();
  private Precision precision = Precision.FP32;
  private BatchPlan plan = BatchPlan.DEFAULT;
  private List<String> classNames = List.of();
  private ImagePreprocessing preprocessing;
  private boolean warmUp;
  private int singleThreadedUpTo = 1;
  private boolean soloThread;

  PredictorBuilder(Model network) {
    this.network = Objects.requireNonNull(network, "network");
  }

  /**
   * Uses the weights of a checkpoint of this network instead of the network's own, and the image
   * preprocessing saved beside it unless {@link #preprocessing} says otherwise. Only the weights are read
   * (not the optimizer's state).
   */
  public PredictorBuilder checkpoint(Path checkpoint) {
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    return this;
  }

  /**
   * The most replicas, hence forward passes at once (default: the number of CPUs, which oneDNN's threads
   * share). Each holds a copy of the weights and its own buffers.
   *
   * @throws IllegalArgumentException if below 1
   */
  public PredictorBuilder replicas(int replicas) {
    if (replicas < 1) {
      throw new IllegalArgumentException("replicas must be at least 1, got " + replicas);
    }
    this.replicas = replicas;
    return this;
  }

  /**
   * The chunk sizes batches run in, largest first (default 32, 8, 1): a batch of 45 runs as 32, 8 and
   * five single examples. At most three sizes, one of them 1.
   *
   * @throws IllegalArgumentException otherwise
   */
  public PredictorBuilder batchSizes(int... sizes) {
    this.plan = BatchPlan.of(sizes);
    return this;
  }

  /** The names of the classes, in output order, for {@link ClassScore#label()}. */
  public PredictorBuilder classNames(List<String> classNames) {
    this.classNames = List.copyOf(classNames);
    return this;
  }

  /** How images are scaled (default: as saved beside the checkpoint, else {@link ImagePreprocessing#none()}). */
  public PredictorBuilder preprocessing(ImagePreprocessing preprocessing) {
    this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
    return this;
  }

  /**
   * The arithmetic of the replicas' convolutions and dense layers (default {@link Precision#FP32}):
   * {@link Precision#BF16} runs them as bf16 products with fp32 outputs on CPUs with AVX512_BF16 (fp32,
   * with a warning in the log, elsewhere); see {@link Precision}.
   *
   * @throws NullPointerException when {@code precision} is null
   */
  public PredictorBuilder precision(Precision precision) {
    this.precision = Objects.requireNonNull(precision, "precision");
    return this;
  }

  /**
   * Chunks of at most this many examples run with one thread instead of oneDNN's OpenMP threads
   * (default 1: single examples; 0: none). A single example's layers take microseconds each, less than
   * handing half of each to another thread costs, and on a busy machine far less than waiting for that
   * thread to be scheduled; concurrent calls still use every CPU, one replica each.
   *
   * @throws IllegalArgumentException if below 0
   */
  public PredictorBuilder singleThreadedUpTo(int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("singleThreadedUpTo must be at least 0, got " + examples);
    }
    this.singleThreadedUpTo = examples;
    return this;
  }

  /**
   * Whether a call of one example that finds no other forward pass in flight may run on the predictor's
   * own thread with every OpenMP thread instead of on the calling thread with one (default false: on a busy
   * machine a two-thread team's calls have a tail of tens of milliseconds; only with
   * {@link #singleThreadedUpTo(int)} at least 1 and several CPUs). The predictor measures both ways
   * and takes the faster (see {@code SoloChoice}): the thread's OpenMP team is fast only while the process
   * has no more OpenMP team threads than CPUs, which any other living thread that ran multi-threaded
   * OpenMP work (training, say) may change. Results are the same either way, bit for bit. The thread ends
   * a quarter of a second after its last example, freeing its team (which meanwhile counts against the
   * CPUs for the OpenMP team of a caller's batch); calls further apart than that pay for its restart (a
   * millisecond or more), so it suits a steady stream of single examples. A predictor called from several threads at once still
   * starts no OpenMP team on any of them for single examples.
   */
  public PredictorBuilder soloThread(boolean soloThread) {
    this.soloThread = soloThread;
    return this;
  }

  /**
   * Whether {@link #build()} creates every replica and runs each chunk size once (default false), so that
   * the first calls are as fast as later ones: for servers.
   */
  public PredictorBuilder warmUp(boolean warmUp) {
    this.warmUp = warmUp;
    return this;
  }

  /**
   * The predictor.
   *
   * @throws java.io.UncheckedIOException if a checkpoint was given and cannot be read (see
   *     {@link Predictor#load}, which throws the checked exception instead)
   * @throws IllegalArgumentException if class names were given for a classifier with another number of
   *     classes
   */
  public Predictor build() {
    try {
      return buildLoaded();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * As {@link #build()}, with the checkpoint's errors as checked exceptions.
   *
   * @throws java.nio.file.NoSuchFileException if there is no checkpoint file
   * @throws dev.lamina.runtime.io.CheckpointFormatException if it is not a readable checkpoint
   * @throws dev.lamina.runtime.io.IncompatibleCheckpointException if it holds another network
   * @throws IOException if {@code preprocessing.json} beside it is unreadable
   */
  public Predictor buildLoaded() throws IOException {
    // one OpenMP thread: copying weights is quick, and the builder's thread keeps no OpenMP team
    Model prototype;
    int threads = IntraOpThreads.set(1);
    try {
      prototype = network.replica();
      if (checkpoint != null) {
        Checkpoints.load(checkpoint, prototype, null);
      }
    } finally {
      IntraOpThreads.set(threads);
    }
    ImagePreprocessing scaling = preprocessing;
    if (checkpoint != null && scaling == null) {
      scaling = ImagePreprocessing.besides(checkpoint).orElse(null);
    }
    ImagePreprocessing images = scaling == null ? ImagePreprocessing.none() : scaling;
    int[] out = prototype.outputShape();
    if (!classNames.isEmpty() && (out.length != 1 || out[0] != classNames.size())) {
      throw new IllegalArgumentException(classNames.size() + " class names given, but " + prototype.name()
          + "'s output is " + Arrays.toString(out));
    }
    Predictor predictor = new Predictor(prototype, replicas, plan, classNames, images, precision,
        singleThreadedUpTo, soloThread);
    if (warmUp) {
      predictor.warmUp();
    }
    return predictor;
  }
}
