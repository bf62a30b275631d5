package dev.lamina.runtime.data.idx;

import java.io.IOException;

/**
 * An IDX file that cannot be read as one: a bad magic number, an unknown element type, dimensions
 * that overflow, data shorter or longer than the dimensions say, a truncated or corrupt gzip
 * stream, or contents that do not match what a dataset expects. The message starts with the file.
 */
public final class IdxFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * @param file the file's name or path, as the reader was given it
   * @param problem what was wrong, and what was expected
   */
  public IdxFormatException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /**
   * @param file the file's name or path
   * @param problem what was wrong
   * @param cause the decompressor's or reader's exception
   */
  public IdxFormatException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file's name or path, as the reader was given it. */
  public String file() {
    return file;
  }
}
