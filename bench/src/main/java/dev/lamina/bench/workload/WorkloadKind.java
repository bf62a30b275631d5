package dev.lamina.bench.workload;

/** What a workload measures. */
public enum WorkloadKind {
  /**
   * Training steps through the trainer: forward, sparse categorical cross-entropy, accuracy, backward
   * and a plain SGD update, on shuffled batches.
   */
  TRAIN("train"),
  /** Inference: softmax probabilities for the 10,000 test images. */
  PREDICT("predict");

  private final String label;

  WorkloadKind(String label) {
    this.label = label;
  }

  /** The word used in workload ids: {@code train} or {@code predict}. */
  public String label() {
    return label;
  }
}
