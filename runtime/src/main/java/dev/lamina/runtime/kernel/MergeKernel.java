package dev.lamina.runtime.kernel;

import dev.lamina.dsl.ActivationFunction;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An element-wise merge of {@code n >= 2} inputs of one shape (Keras {@code Add}, {@code Subtract},
 * {@code Multiply}, {@code Average}, {@code Maximum}; {@code keras.src.layers.merging}), with an optional
 * activation after it, as Lamina fuses activations into other layers: {@code y = f(merge(x0, ..., xn-1))}.
 *
 * <p>Shapes: every input, {@code z} and {@code y} have one shape, any rank (NHWC {@code [batch, h, w, c]}
 * after convolutions, {@code [batch, units]} after dense layers); input arrays may be views.
 *
 * <p>Arithmetic: libnd4j's pairwise {@code add}, {@code subtract}, {@code multiply}, {@code maximum} (and
 * {@code identity}) through op contexts created once, {@link ActivationKernel} for the
 * activation. Keras folds {@code Maximum} pairwise from the left ({@code ops.maximum(output, x_i)}) and
 * TensorFlow's gradient of {@code maximum(a, b)} goes to {@code a} where {@code a >= b}, so on ties the
 * gradient goes to the first maximal input; this kernel does the same, in a loop over the elements.
 *
 * <p>Allocation: none per call, except the scalars {@code 1/n} (Average) and
 * {@code -1} (Subtract), created on first use, once per data type.
 */
public final class MergeKernel {
  private final MergeMode mode;
  private final int inputs;
  private final ActivationKernel activation;
  private final NativeOp combine;
  private final NativeOp multiply = NativeOp.of("multiply");
  private final NativeOp copy = NativeOp.of("identity");
  private INDArray inverseCount;
  private INDArray minusOne;

  /**
   * @param mode how the inputs are combined
   * @param inputs how many inputs, at least 2 (exactly 2 for {@link MergeMode#SUBTRACT})
   * @param activation applied after the merge; {@link ActivationFunction#LINEAR} for none (Keras's merge
   *     layers have none; Lamina's annotations may declare one)
   * @throws IllegalArgumentException for fewer than 2 inputs, or a subtraction of other than 2
   */
  public MergeKernel(MergeMode mode, int inputs, ActivationFunction activation) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (inputs < 2) {
      throw new IllegalArgumentException(mode.kerasType() + " merges at least 2 inputs, got " + inputs);
    }
    if (mode == MergeMode.SUBTRACT && inputs != 2) {
      throw new IllegalArgumentException("Subtract takes exactly 2 inputs, got " + inputs);
    }
    this.inputs = inputs;
    this.activation = new ActivationKernel(Objects.requireNonNull(activation, "activation"));
    this.combine = NativeOp.of(switch (mode) {
      case ADD, AVERAGE -> "add";
      case SUBTRACT -> "subtract";
      case MULTIPLY -> "multiply";
      case MAXIMUM -> "maximum";
    });
  }

  /** How the inputs are combined. */
  public MergeMode mode() {
    return mode;
  }

  /**
   * {@code z = merge(x)}, {@code y = f(z)}.
   *
   * @param x the inputs, {@code n} arrays of one shape
   * @param z receives the merged values (what the activation's gradient needs); may be {@code y} itself
   *     when the activation is LINEAR
   * @param y receives the output
   * @throws IllegalArgumentException if the number of inputs or a shape differs from what was declared
   */
  public void forward(INDArray[] x, INDArray z, INDArray y) {
    check(x, z);
    combine.run(x[0], x[1], z);
    for (int i = 2; i < inputs; i++) {
      combine.run(z, x[i], z);
    }
    if (mode == MergeMode.AVERAGE) {
      multiply.run(z, inverseCount(z.dataType()), z);
    }
    activation.forward(z, y);
  }

  /**
   * The input gradients: {@code gradZ = gradY * f'(z)}, then per mode {@code gradX[i] = gradZ} (Add),
   * {@code gradZ, -gradZ} (Subtract), {@code gradZ / n} (Average), {@code gradZ * prod_{j != i} x[j]}
   * (Multiply), {@code gradZ} where {@code x[i]} is the first input equal to the maximum and 0 elsewhere
   * (Maximum). Every {@code gradX[i]} is overwritten.
   *
   * @param x the forward inputs
   * @param z the merged values of the forward pass
   * @param gradY the output gradient
   * @param gradZ receives the gradient at {@code z}; may be {@code gradY} itself when the activation is
   *     LINEAR
   * @param gradX receive the input gradients, one per input; a null entry is skipped (an input that
   *     needs no gradient, such as the network's input)
   */
  public void backward(INDArray[] x, INDArray z, INDArray gradY, INDArray gradZ, INDArray[] gradX) {
    check(x, z);
    if (gradX.length != inputs) {
      throw new IllegalArgumentException(mode.kerasType() + " expects " + inputs + " input gradients, got " + gradX.length);
    }
    activation.backward(z, gradY, gradZ);
    switch (mode) {
      case ADD -> {
        for (INDArray g : gradX) {
          copyInto(gradZ, g);
        }
      }
      case SUBTRACT -> {
        copyInto(gradZ, gradX[0]);
        if (gradX[1] != null) {
          multiply.run(gradZ, minusOne(gradZ.dataType()), gradX[1]);
        }
      }
      case AVERAGE -> {
        INDArray scale = inverseCount(gradZ.dataType());
        for (INDArray g : gradX) {
          if (g != null) {
            multiply.run(gradZ, scale, g);
          }
        }
      }
      case MULTIPLY -> {
        for (int i = 0; i < inputs; i++) {
          if (gradX[i] == null) {
            continue;
          }
          boolean first = true;
          for (int j = 0; j < inputs; j++) {
            if (j != i) {
              multiply.run(first ? gradZ : gradX[i], x[j], gradX[i]);
              first = false;
            }
          }
        }
      }
      case MAXIMUM -> maximumBackward(x, z, gradZ, gradX);
    }
  }

  private void copyInto(INDArray from, INDArray to) {
    if (to != null && to != from) {
      copy.run(from, to);
    }
  }

  /**
   * Routes each element's gradient to the first input equal to the maximum. The maximum is recomputed
   * from the inputs (not read from {@code z}, which an activation may have overwritten when it is
   * {@code y}).
   */
  private void maximumBackward(INDArray[] x, INDArray z, INDArray gradZ, INDArray[] gradX) {
    Cells[] in = new Cells[inputs];
    Cells[] out = new Cells[inputs];
    for (int i = 0; i < inputs; i++) {
      in[i] = Cells.of(x[i]);
      out[i] = gradX[i] == null ? null : Cells.of(gradX[i]);
    }
    Cells g = Cells.of(gradZ);
    long[] inBase = new long[inputs];
    long[] outBase = new long[inputs];
    for (long a = 0; a < g.size(0); a++) {
      for (long b = 0; b < g.size(1); b++) {
        for (long c = 0; c < g.size(2); c++) {
          for (int i = 0; i < inputs; i++) {
            inBase[i] = in[i].index(a, b, c, 0);
            outBase[i] = out[i] == null ? 0 : out[i].index(a, b, c, 0);
          }
          long gBase = g.index(a, b, c, 0);
          for (long d = 0; d < g.size(3); d++) {
            int winner = 0;
            double max = in[0].get(inBase[0] + d * in[0].stride(3));
            for (int i = 1; i < inputs; i++) {
              double v = in[i].get(inBase[i] + d * in[i].stride(3));
              if (v > max) {
                max = v;
                winner = i;
              }
            }
            double gradient = g.get(gBase + d * g.stride(3));
            for (int i = 0; i < inputs; i++) {
              if (out[i] != null) {
                out[i].put(outBase[i] + d * out[i].stride(3), i == winner ? gradient : 0);
              }
            }
          }
        }
      }
    }
  }

  private INDArray inverseCount(DataType dataType) {
    INDArray s = inverseCount;
    if (s == null || s.dataType() != dataType) {
      s = Nd4j.scalar(dataType, 1.0 / inputs);
      inverseCount = s;
    }
    return s;
  }

  private INDArray minusOne(DataType dataType) {
    INDArray s = minusOne;
    if (s == null || s.dataType() != dataType) {
      s = Nd4j.scalar(dataType, -1.0);
      minusOne = s;
    }
    return s;
  }

  private void check(INDArray[] x, INDArray z) {
    if (x.length != inputs) {
      throw new IllegalArgumentException(mode.kerasType() + " expects " + inputs + " inputs, got " + x.length);
    }
    for (int i = 0; i < inputs; i++) {
      if (!Arrays.equals(x[i].shape(), z.shape())) {
        throw new IllegalArgumentException(mode.kerasType() + " input " + i + " is " + Arrays.toString(x[i].shape())
            + ", expected " + Arrays.toString(z.shape()) + " like the others");
      }
    }
  }
}
