package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the previous file and no temporary file. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void aFailedWriteKeepsThePreviousFile() throws Exception {
    Path file = dir.resolve("history.csv");
    AtomicFiles.write(file, "first\n".getBytes());
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
      out.write("half of the sec".getBytes());
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("first\n", Files.readString(file));
    assertFalse(Files.exists(AtomicFiles.partialFile(file)));
    AtomicFiles.write(file, "second\n".getBytes());
    assertEquals("second\n", Files.readString(file));
    assertEquals(dir.resolve(".history.csv.partial"), AtomicFiles.partialFile(file));
  }
}
