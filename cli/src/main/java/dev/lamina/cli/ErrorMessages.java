package dev.lamina.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The text {@code lamina} prints for an exception. Most messages stand on their own, but a
 * {@link FileSystemException} often carries only a path ({@code AccessDeniedException: /x} has the
 * message {@code /x}): for those the reason, or else what the exception's class means, is added.
 */
public final class ErrorMessages {
  private ErrorMessages() {}

  /** What went wrong, for the user: never a bare path. */
  public static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    if (e instanceof FileSystemException f) {
      String paths = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
      return paths.isEmpty() ? reason(f) : paths + ": " + reason(f);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.toString() : message;
  }

  /** Why a file operation failed, without the paths: its reason, or what its class means. */
  public static String reason(FileSystemException e) {
    if (e.getReason() != null && !e.getReason().isBlank()) {
      return e.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    } else if (e instanceof NotDirectoryException) {
      return "not a directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    } else if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    } else if (e instanceof NotLinkException) {
      return "not a symbolic link";
    }
    return e.getClass().getSimpleName();
  }
}
