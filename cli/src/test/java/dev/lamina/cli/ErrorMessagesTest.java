package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** File-system errors print with their reason, never as a bare path. */
class ErrorMessagesTest {
  @Test
  void aFileSystemExceptionWithoutReasonSaysWhatItsClassMeans() {
    assertEquals("/proc/nope: no such file or directory", ErrorMessages.describe(new NoSuchFileException("/proc/nope")));
    assertEquals("/root/x: permission denied", ErrorMessages.describe(new AccessDeniedException("/root/x")));
    assertEquals("/a/loop: symbolic link loop", ErrorMessages.describe(new FileSystemLoopException("/a/loop")));
    assertEquals("/a -> /b: permission denied", ErrorMessages.describe(new AccessDeniedException("/a", "/b", null)));
  }

  @Test
  void aReasonGivenIsKeptAndUncheckedWrappersAreSeenThrough() {
    assertEquals("/etc/passwd/x: Not a directory",
        ErrorMessages.describe(new FileSystemException("/etc/passwd/x", null, "Not a directory")));
    assertEquals("/r: permission denied",
        ErrorMessages.describe(new UncheckedIOException(new AccessDeniedException("/r"))));
    assertEquals("disk on fire", ErrorMessages.describe(new IOException("disk on fire")));
    assertEquals("java.lang.NullPointerException", ErrorMessages.describe(new NullPointerException()));
  }
}
