package dev.lamina.bench.workload;

/** The systems compared: Lamina and the two peers. */
public enum Framework {
  /** Lamina's generated code on ND4J. */
  LAMINA("Lamina", "lamina"),
  /** The PyTorch peer, {@code pytorch_fashion.py}. */
  PYTORCH("PyTorch", "pytorch"),
  /** The Deeplearning4j peer, {@code FashionDl4j}. */
  DL4J("DL4J", "dl4j");

  private final String displayName;
  private final String columnName;

  Framework(String displayName, String columnName) {
    this.displayName = displayName;
    this.columnName = columnName;
  }

  /** The name in markdown tables. */
  public String displayName() {
    return displayName;
  }

  /** The CSV column of its samples/s, and the suffix of its ratio column ({@code ratio_vs_pytorch}). */
  public String columnName() {
    return columnName;
  }
}
