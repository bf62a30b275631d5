package dev.lamina.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the previous file and no temporary file; a path must name a file. */
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

  @Test
  void aRootIsRefusedAsNotAFile() {
    Path root = dir.getRoot();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AtomicFiles.write(root, new byte[] {1}));
    assertEquals("cannot write to " + root + ": the path must name a file, not a root directory", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AtomicFiles.partialFile(root));
  }

  @Test
  void anExistingDirectoryIsRefusedAndLeftAlone() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(empty, new byte[] {1}));
    assertEquals(empty + ": is a directory; the path must name a file", e.getMessage());
    assertTrue(Files.isDirectory(empty), "an empty directory is not replaced by the file");
    assertEquals(List.of(empty), Files.list(dir).toList(), "no temporary file is left behind");
  }

  @Test
  void aBareFileNameIsWrittenInTheWorkingDirectory() throws Exception {
    Path bare = Path.of(".atomic-files-test-" + ProcessHandle.current().pid() + ".txt");
    assertEquals(null, bare.getParent());
    try {
      AtomicFiles.write(bare, "bare\n".getBytes());
      assertEquals("bare\n", Files.readString(bare.toAbsolutePath()));
      assertFalse(Files.exists(AtomicFiles.partialFile(bare)));
    } finally {
      Files.deleteIfExists(bare);
    }
  }
}
