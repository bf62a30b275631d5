package dev.lamina.runtime.testing;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.runtime.GradientTarget;
import dev.lamina.runtime.Model;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.runtime.param.Parameters;
import dev.lamina.summary.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A hand-written {@link Model} for the runtime's tests: an optional hidden Dense layer (ReLU, then
 * inverted dropout) and an output Dense layer with a chosen activation, done with ND4J gemm and an
 * exact backward pass. Rows are examples (input flattened), or, when {@code perPixel}, the pixels
 * of an NHWC input (a 1x1 convolution: output {@code [n, h, w, units]}).
 */
public final class TestNet implements Model {
  private final String name;
  private final int[] inputShape;
  private final int hidden;
  private final double dropoutRate;
  private final int units;
  private final boolean perPixel;
  private final ActivationFunction activation;
  private final DataType type;
  private final Parameters parameters;
  private final INDArray w1;
  private final INDArray b1;
  private final INDArray w2;
  private final INDArray b2;
  private final INDArray gw1;
  private final INDArray gb1;
  private final INDArray gw2;
  private final INDArray gb2;
  private SplittableRandom dropoutRandom = new SplittableRandom(0);
  // kept by a training forward for backward
  private INDArray x;
  private INDArray hiddenPre;
  private INDArray mask;
  private INDArray hiddenOut;
  private INDArray out;
  private long[] inputShapeSeen;

  private final Builder builder;

  private TestNet(Builder b) {
    builder = b;
    name = b.name;
    inputShape = b.inputShape.clone();
    hidden = b.hidden;
    dropoutRate = b.dropoutRate;
    units = b.units;
    perPixel = b.perPixel;
    activation = b.activation;
    type = b.type;
    int in = perPixel ? inputShape[2] : inputShape[0] * inputShape[1] * inputShape[2];
    int last = hidden > 0 ? hidden : in;
    long count = (hidden > 0 ? (long) in * hidden + hidden : 0) + (long) last * units + units;
    INDArray values = Nd4j.zeros(type, count);
    INDArray gradients = Nd4j.zeros(type, count);
    List<Parameter> all = new ArrayList<>();
    long[] offset = {0};
    INDArray[] v = new INDArray[4];
    INDArray[] g = new INDArray[4];
    if (hidden > 0) {
      v[0] = view(values, offset[0], in, hidden);
      g[0] = view(gradients, offset[0], in, hidden);
      offset[0] += (long) in * hidden;
      v[1] = view(values, offset[0], hidden);
      g[1] = view(gradients, offset[0], hidden);
      offset[0] += hidden;
      all.add(new Parameter("hidden", "kernel", v[0], g[0]));
      all.add(new Parameter("hidden", "bias", v[1], g[1]));
    }
    v[2] = view(values, offset[0], last, units);
    g[2] = view(gradients, offset[0], last, units);
    offset[0] += (long) last * units;
    v[3] = view(values, offset[0], units);
    g[3] = view(gradients, offset[0], units);
    all.add(new Parameter("output", "kernel", v[2], g[2]));
    all.add(new Parameter("output", "bias", v[3], g[3]));
    w1 = v[0];
    b1 = v[1];
    w2 = v[2];
    b2 = v[3];
    gw1 = g[0];
    gb1 = g[1];
    gw2 = g[2];
    gb2 = g[3];
    parameters = new Parameters(values, gradients, Nd4j.zeros(type, 0), all);
    initialize(b.seed, in, last);
  }

  /** A builder; defaults: no hidden layer, softmax output, FLOAT. */
  public static Builder builder(int[] inputShape, int units) {
    return new Builder(inputShape, units);
  }

  private static INDArray view(INDArray flat, long offset, long... shape) {
    long size = Arrays.stream(shape).reduce(1, (a, c) -> a * c);
    return flat.get(NDArrayIndex.interval(offset, offset + size)).reshape('c', shape);
  }

  private void initialize(long seed, int in, int last) {
    SplittableRandom random = new SplittableRandom(seed);
    if (hidden > 0) {
      glorot(w1, in, hidden, random);
    }
    glorot(w2, last, units, random);
  }

  private static void glorot(INDArray w, int fanIn, int fanOut, SplittableRandom random) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    double[] values = new double[(int) w.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble(-limit, limit);
    }
    w.assign(Nd4j.create(values, w.shape(), 'c').castTo(w.dataType()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ModelSummary summary() {
    return new ModelSummary(name, inputShape, List.of());
  }

  @Override
  public int[] inputShape() {
    return inputShape.clone();
  }

  @Override
  public int[] outputShape() {
    return perPixel ? new int[] {inputShape[0], inputShape[1], units} : new int[] {units};
  }

  @Override
  public DataType dataType() {
    return type;
  }

  @Override
  public ActivationFunction outputActivation() {
    return activation;
  }

  @Override
  public List<Layer> layers() {
    return List.of();
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    if (input == null || input.rank() != 4 || input.size(1) != inputShape[0] || input.size(2) != inputShape[1]
        || input.size(3) != inputShape[2] || input.dataType() != type) {
      throw new IllegalArgumentException("network " + name + " takes [batch, " + inputShape[0] + ", " + inputShape[1]
          + ", " + inputShape[2] + "] " + type + ", got "
          + (input == null ? "null" : Arrays.toString(input.shape()) + " " + input.dataType()));
    }
    long n = input.size(0);
    long rows = perPixel ? n * inputShape[0] * inputShape[1] : n;
    INDArray rowsIn = input.dup('c').reshape('c', rows, input.length() / rows);
    INDArray h = rowsIn;
    INDArray pre = null;
    INDArray m = null;
    INDArray hOut = null;
    if (hidden > 0) {
      pre = Nd4j.gemm(rowsIn, w1, false, false).addiRowVector(b1);
      h = pre.dup();
      h.assign(org.nd4j.linalg.ops.transforms.Transforms.relu(h, true));
      if (training && dropoutRate > 0) {
        double[] maskValues = new double[(int) h.length()];
        for (int i = 0; i < maskValues.length; i++) {
          maskValues[i] = dropoutRandom.nextDouble() < dropoutRate ? 0 : 1 / (1 - dropoutRate);
        }
        m = Nd4j.create(maskValues, h.shape(), 'c').castTo(type);
        h.muli(m);
      }
      hOut = h;
    }
    INDArray z = Nd4j.gemm(h, w2, false, false).addiRowVector(b2);
    INDArray y = activate(z);
    if (training) {
      x = rowsIn;
      hiddenPre = pre;
      mask = m;
      hiddenOut = hOut;
      out = y;
      inputShapeSeen = input.shape().clone();
    }
    long[] outShape = perPixel ? new long[] {n, inputShape[0], inputShape[1], units} : new long[] {n, units};
    return y.reshape('c', outShape);
  }

  private INDArray activate(INDArray z) {
    return switch (activation) {
      case SOFTMAX -> softmax(z);
      case SIGMOID -> org.nd4j.linalg.ops.transforms.Transforms.sigmoid(z, true);
      case LINEAR -> z.dup();
      default -> throw new UnsupportedOperationException("TestNet supports SOFTMAX, SIGMOID and LINEAR outputs");
    };
  }

  /** Row-wise softmax in plain Java (ND4J's softmax op is slow for tiny shapes under oneDNN). */
  private static INDArray softmax(INDArray z) {
    INDArray y = z.dup();
    long rows = z.size(0);
    long cols = z.size(1);
    for (long r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (long c = 0; c < cols; c++) {
        max = Math.max(max, z.getDouble(r, c));
      }
      double sum = 0;
      for (long c = 0; c < cols; c++) {
        double e = Math.exp(z.getDouble(r, c) - max);
        y.putScalar(r, c, e);
        sum += e;
      }
      for (long c = 0; c < cols; c++) {
        y.putScalar(r, c, y.getDouble(r, c) / sum);
      }
    }
    return y;
  }

  @Override
  public void backwardParameters(INDArray outputGradient, GradientTarget target) {
    backward(outputGradient, target);
  }

  @Override
  public INDArray backward(INDArray outputGradient, GradientTarget target) {
    if (x == null) {
      throw new IllegalStateException("no training forward pass before backward");
    }
    INDArray g = outputGradient.dup('c').reshape('c', out.shape());
    INDArray dz = target == GradientTarget.LOGITS ? g : switch (activation) {
      case SOFTMAX -> out.mul(g.sub(out.mul(g).sum(true, 1)));
      case SIGMOID -> g.mul(out).muli(out.rsub(1));
      case LINEAR -> g;
      default -> throw new UnsupportedOperationException(activation.toString());
    };
    INDArray h = hidden > 0 ? hiddenOut : x;
    gw2.assign(Nd4j.gemm(h, dz, true, false));
    gb2.assign(dz.sum(0));
    INDArray dh = Nd4j.gemm(dz, w2, false, true);
    INDArray dx;
    if (hidden > 0) {
      if (mask != null) {
        dh.muli(mask);
      }
      dh.muli(hiddenPre.gt(0).castTo(type));
      gw1.assign(Nd4j.gemm(x, dh, true, false));
      gb1.assign(dh.sum(0));
      dx = Nd4j.gemm(dh, w1, false, true);
    } else {
      dx = dh;
    }
    return dx.reshape('c', inputShapeSeen);
  }

  @Override
  public void seedDropout(long seed) {
    dropoutRandom = new SplittableRandom(seed);
  }

  @Override
  public void profile(dev.lamina.runtime.LayerProfiler profiler) {
    // A test double: it has no layers worth timing.
  }

  @Override
  public void checkNumerics(boolean enabled) {
    // the test network has no per-layer checks
  }

  @Override
  public TestNet replica() {
    TestNet copy = new TestNet(builder);
    copy.parameters.copyFrom(parameters);
    return copy;
  }

  @Override
  public String architecture() {
    return name + " input=" + Arrays.toString(inputShape) + " hidden=" + hidden + " dropout=" + dropoutRate
        + " units=" + units + " perPixel=" + perPixel + " activation=" + activation + " type=" + type;
  }

  /** Configures a {@link TestNet}. */
  public static final class Builder {
    private final int[] inputShape;
    private final int units;
    private String name = "TestNet";
    private int hidden;
    private double dropoutRate;
    private boolean perPixel;
    private ActivationFunction activation = ActivationFunction.SOFTMAX;
    private DataType type = DataType.FLOAT;
    private long seed = 1;

    private Builder(int[] inputShape, int units) {
      this.inputShape = inputShape.clone();
      this.units = units;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder hidden(int hidden, double dropoutRate) {
      this.hidden = hidden;
      this.dropoutRate = dropoutRate;
      return this;
    }

    public Builder perPixel() {
      this.perPixel = true;
      return this;
    }

    public Builder activation(ActivationFunction activation) {
      this.activation = activation;
      return this;
    }

    public Builder dataType(DataType type) {
      this.type = type;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public TestNet build() {
      return new TestNet(this);
    }
  }
}
