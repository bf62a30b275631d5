package dev.lamina.runtime.param;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * All parameter tensors of a model. Trainable values live in one flat vector, their gradients in
 * another of the same length, and each {@link Parameter} is a view into them, so an optimizer can
 * update the whole model with one operation per step. Non-trainable tensors (batch normalization's
 * moving statistics) live in a third flat vector.
 */
public final class Parameters {
  private final INDArray values;
  private final INDArray gradients;
  private final INDArray state;
  private final List<Parameter> all;

  /**
   * @param values flat trainable values, {@code [trainableCount]}
   * @param gradients flat gradients, same length as {@code values}
   * @param state flat non-trainable values, {@code [nonTrainableCount]} (may be empty)
   * @param all every tensor in layer order, each a view into one of the flat vectors
   * @throws IllegalArgumentException if the flat lengths do not match the tensors
   */
  public Parameters(INDArray values, INDArray gradients, INDArray state, List<Parameter> all) {
    this.values = Objects.requireNonNull(values, "values");
    this.gradients = Objects.requireNonNull(gradients, "gradients");
    this.state = Objects.requireNonNull(state, "state");
    this.all = List.copyOf(all);
    long trainable = this.all.stream().filter(Parameter::trainable).mapToLong(Parameter::size).sum();
    long nonTrainable = this.all.stream().filter(p -> !p.trainable()).mapToLong(Parameter::size).sum();
    if (values.length() != trainable || gradients.length() != trainable || state.length() != nonTrainable) {
      throw new IllegalArgumentException("flat buffers (values " + values.length() + ", gradients "
          + gradients.length() + ", state " + state.length() + ") do not match the tensors (trainable "
          + trainable + ", non-trainable " + nonTrainable + ")");
    }
  }

  /** Flat trainable values, {@code [trainableCount()]}. */
  public INDArray values() {
    return values;
  }

  /** Flat gradients of the last backward pass, aligned with {@link #values()}. */
  public INDArray gradients() {
    return gradients;
  }

  /** Flat non-trainable values. */
  public INDArray state() {
    return state;
  }

  /** Every tensor, in layer order. */
  public List<Parameter> all() {
    return all;
  }

  /** The trainable tensors, in layer order. */
  public List<Parameter> trainable() {
    return all.stream().filter(Parameter::trainable).toList();
  }

  /** Number of trainable values. */
  public long trainableCount() {
    return values.length();
  }

  /** Number of non-trainable values. */
  public long nonTrainableCount() {
    return state.length();
  }

  /**
   * Copies every value of {@code source}, a model's parameters of the same layout (the same network),
   * into these: trainable values and non-trainable state. Gradients are not copied.
   *
   * @throws IllegalArgumentException if {@code source} holds other tensors (paths or shapes) than these
   */
  public void copyFrom(Parameters source) {
    Objects.requireNonNull(source, "source");
    if (source.all.size() != all.size()) {
      throw new IllegalArgumentException("cannot copy " + source.all.size() + " parameter tensors into "
          + all.size());
    }
    for (int i = 0; i < all.size(); i++) {
      Parameter to = all.get(i);
      Parameter from = source.all.get(i);
      if (!to.path().equals(from.path()) || !java.util.Arrays.equals(to.shape(), from.shape())
          || to.trainable() != from.trainable()) {
        throw new IllegalArgumentException("cannot copy parameter " + from + " into " + to
            + ": the models are not of the same network");
      }
    }
    if (!values.isEmpty()) {
      values.assign(source.values);
    }
    if (!state.isEmpty()) {
      state.assign(source.state);
    }
  }

  /**
   * The tensor stored under {@code path} ({@code layer/name}).
   *
   * @throws IllegalArgumentException if there is none; the message lists the paths there are
   */
  public Parameter get(String path) {
    for (Parameter p : all) {
      if (p.path().equals(path)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no parameter " + path + "; the model has "
        + all.stream().map(Parameter::path).toList());
  }
}
