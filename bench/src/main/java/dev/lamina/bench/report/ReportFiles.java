package dev.lamina.bench.report;

import dev.lamina.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a comparison's markdown and CSV files side by side, each atomically. */
public final class ReportFiles {
  /** The base name of the files when none is given: {@code results.md}, {@code results.csv}. */
  public static final String DEFAULT_NAME = "results";

  private ReportFiles() {}

  /**
   * What was written.
   *
   * @param markdownFile the markdown file
   * @param csvFile the CSV file
   * @param markdown the markdown text
   */
  public record Written(Path markdownFile, Path csvFile, String markdown) {}

  /**
   * Writes {@code <name>.md} and {@code <name>.csv} into {@code directory} (created if missing).
   *
   * @param label a note under the report's title, or null
   * @throws IOException if a file cannot be written; an existing file is then left intact
   */
  public static Written write(Path directory, String name, Comparison comparison, String label) throws IOException {
    Files.createDirectories(directory);
    String markdown = MarkdownReport.format(comparison, label);
    Path md = directory.resolve(name + ".md");
    Path csv = directory.resolve(name + ".csv");
    AtomicFiles.write(md, markdown.getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(csv, ComparisonCsv.format(comparison).getBytes(StandardCharsets.UTF_8));
    return new Written(md, csv, markdown);
  }
}
