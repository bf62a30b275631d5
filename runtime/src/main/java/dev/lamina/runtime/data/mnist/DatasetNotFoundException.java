package dev.lamina.runtime.data.mnist;

import java.io.IOException;
import java.util.List;

/**
 * A dataset found in none of the places searched, nor downloaded. The message lists every place
 * tried, in order, with why it did not serve, and how to install the data.
 */
public final class DatasetNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<String> tried;

  /**
   * @param dataset the dataset's name
   * @param tried each place tried, with why it did not serve
   * @param hint how to install the data
   * @param cause the download's failure, or null
   */
  public DatasetNotFoundException(String dataset, List<String> tried, String hint, Throwable cause) {
    super(message(dataset, tried, hint), cause);
    this.tried = List.copyOf(tried);
  }

  /** Each place tried, in order, with why it did not serve. */
  public List<String> tried() {
    return tried;
  }

  private static String message(String dataset, List<String> tried, String hint) {
    StringBuilder text = new StringBuilder(dataset).append(" not found. Places tried, in order:");
    for (int i = 0; i < tried.size(); i++) {
      text.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(tried.get(i));
    }
    return text.append(System.lineSeparator()).append(hint).toString();
  }
}
