package dev.lamina.runtime.data.download;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads files over HTTP(S) into place without ever leaving a partial or unverified file there:
 * the body streams into a temporary {@code *.part} file beside the target while its digest is
 * computed; only when all announced bytes arrived and the digest is the published one is the file
 * synced to disk and renamed onto the target (atomically where the file system can). On any
 * failure the temporary file is deleted. Follows redirects; uses the JVM's default proxy selector.
 */
public final class Downloader {
  private static final Logger LOG = LoggerFactory.getLogger(Downloader.class);

  private final HttpClient client;
  private final Duration timeout;

  /** A downloader that waits at most 30 seconds to connect and for the response headers. */
  public Downloader() {
    this(Duration.ofSeconds(30));
  }

  /**
   * @param timeout how long to wait to connect, and then for the response headers
   */
  public Downloader(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Downloads {@code uri} to {@code target}, creating its directory, replacing any file there.
   *
   * @param expected the published digest of the file
   * @return {@code target}
   * @throws ChecksumMismatchException if the bytes received are not the published file
   * @throws DownloadException if the server cannot be reached, answers other than 200 OK, or sends
   *     fewer bytes than it announced
   * @throws IOException if the target's directory cannot be written
   */
  public Path download(URI uri, Path target, Checksum expected) throws IOException {
    LOG.info("Downloading {} to {}", uri, target);
    HttpResponse<InputStream> response = send(uri);
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new DownloadException(uri, "the server answered HTTP " + response.statusCode()
            + " (expected 200 OK)", null);
      }
      long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      Path directory = target.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path part = Files.createTempFile(directory, target.getFileName() + ".", ".part");
      boolean complete = false;
      try {
        long received = save(uri, body, announced, part, expected);
        move(part, target);
        complete = true;
        LOG.info("Downloaded {} bytes to {} ({} verified)", received, target, expected.algorithm());
        return target;
      } finally {
        if (!complete) {
          Files.deleteIfExists(part);
        }
      }
    }
  }

  /** Streams the body into {@code part}, syncs it, and checks its length and digest. */
  private static long save(URI uri, InputStream body, long announced, Path part, Checksum expected)
      throws IOException {
    MessageDigest digest = digest(expected.algorithm());
    long received = 0;
    try (FileOutputStream out = new FileOutputStream(part.toFile())) {
      byte[] buffer = new byte[1 << 16];
      for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        received += n;
      }
      out.getFD().sync();
    } catch (IOException e) {
      throw new DownloadException(uri, "the transfer broke off after " + received + " of "
          + (announced >= 0 ? announced : "an unknown number of") + " bytes (" + describe(e) + ")", e);
    }
    if (announced >= 0 && received != announced) {
      throw new DownloadException(uri, "truncated: received " + received + " of the " + announced
          + " bytes announced", null);
    }
    Checksum actual = new Checksum(expected.algorithm(), HexFormat.of().formatHex(digest.digest()));
    if (!actual.equals(expected)) {
      throw new ChecksumMismatchException(uri, expected, actual, received);
    }
    return received;
  }

  private HttpResponse<InputStream> send(URI uri) throws DownloadException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException(uri, "interrupted", e);
    } catch (ConnectException e) {
      throw new DownloadException(uri, "cannot connect: nothing answers at " + uri.getHost()
          + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + " (" + describe(e) + ")", e);
    } catch (IOException e) {
      throw new DownloadException(uri, "cannot connect (" + describe(e) + ")", e);
    }
  }

  private static void move(Path part, Path target) throws IOException {
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest digest(ChecksumAlgorithm algorithm) {
    try {
      return MessageDigest.getInstance(algorithm.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has " + algorithm.jcaName(), e);
    }
  }

  /** The exception's class and the first message along its causes, if any. */
  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        return e.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }
}
