package dev.lamina.processor.model;

/** How an element-wise merge combines its inputs, with the Keras layer and the annotation of each. */
public enum MergeMode {
  ADD("Add"), SUBTRACT("Subtract"), MULTIPLY("Multiply"), AVERAGE("Average"), MAXIMUM("Maximum");

  private final String kerasType;

  MergeMode(String kerasType) {
    this.kerasType = kerasType;
  }

  /** Keras's layer name, which is also the annotation's ({@code Add}, ...). */
  public String kerasType() {
    return kerasType;
  }
}
