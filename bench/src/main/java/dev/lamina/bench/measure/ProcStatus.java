package dev.lamina.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's resident memory from Linux's {@code /proc/self/status}: everything the process holds
 * in RAM, Java heap and off-heap (ND4J's native buffers, JavaCPP, thread stacks, code) alike.
 *
 * @param rssBytes {@code VmRSS}: resident set size now
 * @param peakRssBytes {@code VmHWM}: the high-water mark of the resident set since the process started
 */
public record ProcStatus(long rssBytes, long peakRssBytes) {
  /** Where Linux publishes the figures. */
  public static final Path SELF = Path.of("/proc/self/status");

  /**
   * Reads {@link #SELF}.
   *
   * @throws UncheckedIOException if the file cannot be read (not Linux)
   * @throws IllegalArgumentException if it lacks {@code VmRSS} or {@code VmHWM}
   */
  public static ProcStatus read() {
    try {
      return parse(Files.readAllLines(SELF));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SELF + " (resident memory is measured on Linux only): "
          + e.getMessage(), e);
    }
  }

  /**
   * Parses the lines of a {@code status} file, e.g. {@code VmHWM:\t  123456 kB}.
   *
   * @throws IllegalArgumentException if {@code VmRSS} or {@code VmHWM} is missing or not a kB count
   */
  public static ProcStatus parse(List<String> lines) {
    return new ProcStatus(kilobytes(lines, "VmRSS") * 1024, kilobytes(lines, "VmHWM") * 1024);
  }

  private static long kilobytes(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String value = line.substring(key.length() + 1).trim();
        if (!value.endsWith(" kB")) {
          throw new IllegalArgumentException("/proc status line '" + line + "': expected '<n> kB'");
        }
        try {
          return Long.parseLong(value.substring(0, value.length() - 3).trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("/proc status line '" + line + "': expected '<n> kB'", e);
        }
      }
    }
    throw new IllegalArgumentException("/proc status has no " + key + " line");
  }
}
