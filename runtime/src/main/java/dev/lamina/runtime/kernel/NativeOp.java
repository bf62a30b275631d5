package dev.lamina.runtime.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One libnd4j custom op with fixed integer and floating-point arguments, run through an op context
 * created once and reused: each call only rebinds the input and output arrays, so nothing is
 * allocated and no shape is recomputed. Outputs are always given, never allocated by the op.
 */
final class NativeOp {
  private final String name;
  private final DynamicCustomOp op;
  private final OpContext context;

  private NativeOp(String name, long[] iArgs, double[] tArgs) {
    this.name = name;
    this.op = DynamicCustomOp.builder(name).build();
    this.context = Nd4j.getExecutioner().buildContext();
    if (iArgs.length > 0) {
      context.setIArguments(iArgs);
    }
    if (tArgs.length > 0) {
      context.setTArguments(tArgs);
    }
  }

  /** The op {@code name} with integer arguments {@code iArgs}. */
  static NativeOp of(String name, long... iArgs) {
    return new NativeOp(name, iArgs, new double[0]);
  }

  /** The op {@code name} with floating-point arguments {@code tArgs}. */
  static NativeOp withFloats(String name, double... tArgs) {
    return new NativeOp(name, new long[0], tArgs);
  }

  /** Sets the integer arguments as well (for an op created {@link #withFloats}). */
  NativeOp integers(long... iArgs) {
    context.setIArguments(iArgs);
    return this;
  }

  /**
   * Makes this op skip libnd4j's platform helpers (oneDNN) and run its own implementation, for a
   * configuration the helper rejects.
   */
  NativeOp withoutHelpers() {
    context.allowHelpers(false);
    return this;
  }

  /** Runs on one input into one output. */
  void run(INDArray in, INDArray out) {
    context.setInputArray(0, in);
    context.setOutputArray(0, out);
    exec();
  }

  /** Runs on two inputs into one output. */
  void run(INDArray in0, INDArray in1, INDArray out) {
    context.setInputArray(0, in0);
    context.setInputArray(1, in1);
    context.setOutputArray(0, out);
    exec();
  }

  /** Runs on {@code inputs} into {@code outputs}; the counts must be the same on every call. */
  void run(INDArray[] inputs, INDArray... outputs) {
    for (int i = 0; i < inputs.length; i++) {
      context.setInputArray(i, inputs[i]);
    }
    for (int i = 0; i < outputs.length; i++) {
      context.setOutputArray(i, outputs[i]);
    }
    exec();
  }

  /**
   * Runs a random op on one input into one output with the generator state {@code (seed, step)}: the
   * same pair always draws the same values.
   */
  void runRandom(long seed, long step, INDArray in, INDArray out) {
    context.setRngStates(seed, step);
    run(in, out);
  }

  private void exec() {
    try {
      Nd4j.exec(op, context);
    } catch (RuntimeException e) {
      throw new IllegalStateException("libnd4j op " + name + " failed on inputs " + describe(context.getInputArrays())
          + " and outputs " + describe(context.getOutputArrays()), e);
    }
  }

  private static String describe(java.util.List<INDArray> arrays) {
    StringBuilder sb = new StringBuilder("[");
    for (INDArray a : arrays) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(a == null ? "null" : a.dataType() + java.util.Arrays.toString(a.shape()));
    }
    return sb.append(']').toString();
  }
}
