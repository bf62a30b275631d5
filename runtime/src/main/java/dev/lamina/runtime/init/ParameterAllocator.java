package dev.lamina.runtime.init;

import dev.lamina.dsl.Initializer;
import dev.lamina.runtime.MemoryAllocationException;
import dev.lamina.runtime.param.Parameter;
import dev.lamina.runtime.param.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Lays a network's parameter tensors out in flat buffers and initializes them: trainable values in
 * one vector, their gradients in a second of the same length, non-trainable values (batch
 * normalization's moving statistics) in a third. Tensors are taken in declaration order, each a
 * c-order view of the next slice, so an optimizer updates the whole model with one operation.
 *
 * <p>Generated networks call {@link #trainable} and {@link #state} once per tensor, in layer order, then
 * {@link #build}.
 */
public final class ParameterAllocator {
  private final String network;
  private final long seed;
  private final INDArray values;
  private final INDArray gradients;
  private final INDArray state;
  private final List<Parameter> all = new ArrayList<>();
  private long trainableOffset;
  private long stateOffset;

  /**
   * @param dataType the type of every tensor ({@code FLOAT} or {@code DOUBLE})
   * @param trainableCount the number of trainable values
   * @param stateCount the number of non-trainable values
   * @param seed the model's seed; each tensor's stream derives from it and the tensor's path
   */
  public ParameterAllocator(DataType dataType, long trainableCount, long stateCount, long seed) {
    this("a network", dataType, trainableCount, stateCount, seed);
  }

  /**
   * @param network the network's name, for {@link MemoryAllocationException}
   * @param dataType the type of every tensor ({@code FLOAT} or {@code DOUBLE})
   * @param trainableCount the number of trainable values
   * @param stateCount the number of non-trainable values
   * @param seed the model's seed; each tensor's stream derives from it and the tensor's path
   * @throws MemoryAllocationException when the buffers cannot be allocated
   */
  public ParameterAllocator(String network, DataType dataType, long trainableCount, long stateCount, long seed) {
    Objects.requireNonNull(dataType, "dataType");
    this.network = Objects.requireNonNull(network, "network");
    this.seed = seed;
    try {
      this.values = Nd4j.create(dataType, trainableCount);
      this.gradients = Nd4j.create(dataType, trainableCount);
      this.state = Nd4j.create(dataType, stateCount);
    } catch (OutOfMemoryError | RuntimeException e) {
      long count = trainableCount > (Long.MAX_VALUE - stateCount) / 2 ? Long.MAX_VALUE : 2 * trainableCount + stateCount;
      throw new MemoryAllocationException(network, "(every layer's parameters)", MemoryAllocationException.NO_BATCH,
          MemoryAllocationException.bytes(dataType.width(), count), e);
    }
  }

  /**
   * The next trainable tensor, initialized.
   *
   * @param layer the layer's name
   * @param name Keras's weight name ({@code kernel}, {@code bias}, ...)
   * @param initializer how to fill it
   * @param shape its shape in Keras's layout
   * @throws IllegalStateException if the trainable buffer has no room left for it
   */
  public Parameter trainable(String layer, String name, Initializer initializer, long... shape) {
    long size = size(shape);
    INDArray value = slice(values, trainableOffset, size, shape, layer, name);
    INDArray gradient = slice(gradients, trainableOffset, size, shape, layer, name);
    trainableOffset += size;
    return add(new Parameter(layer, name, value, gradient), initializer);
  }

  /**
   * The next non-trainable tensor, initialized.
   *
   * @throws IllegalStateException if the state buffer has no room left for it
   */
  public Parameter state(String layer, String name, Initializer initializer, long... shape) {
    long size = size(shape);
    INDArray value = slice(state, stateOffset, size, shape, layer, name);
    stateOffset += size;
    return add(new Parameter(layer, name, value, null), initializer);
  }

  /**
   * All tensors taken so far.
   *
   * @throws IllegalStateException if the tensors do not fill the buffers exactly
   */
  public Parameters build() {
    if (trainableOffset != values.length() || stateOffset != state.length()) {
      throw new IllegalStateException("the tensors hold " + trainableOffset + " trainable and " + stateOffset
          + " non-trainable values, but the buffers were sized " + values.length() + " and " + state.length());
    }
    return new Parameters(values, gradients, state, all);
  }

  private Parameter add(Parameter p, Initializer initializer) {
    try {
      Initializers.fill(p.value(), initializer, seed, p.path());
    } catch (OutOfMemoryError e) {
      // The initial values are drawn in a Java array before they are copied in.
      throw new MemoryAllocationException(network, p.layer(), MemoryAllocationException.NO_BATCH,
          MemoryAllocationException.bytes(Double.BYTES, p.value().length()), e);
    }
    all.add(p);
    return p;
  }

  private static INDArray slice(INDArray flat, long offset, long size, long[] shape, String layer, String name) {
    if (offset + size > flat.length()) {
      throw new IllegalStateException("no room for " + layer + "/" + name + Arrays.toString(shape) + ": "
          + (offset + size) + " values needed, the buffer holds " + flat.length());
    }
    INDArray view = flat.get(NDArrayIndex.interval(offset, offset + size)).reshape('c', shape);
    if (view.data().address() != flat.data().address()) {
      throw new IllegalStateException(layer + "/" + name + " is not a view of its flat buffer");
    }
    return view;
  }

  private static long size(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }
}
