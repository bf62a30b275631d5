package dev.lamina.runtime.data.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 only, for download tests: serves byte arrays by file name under
 * {@code /data/}, each either faithfully or damaged as told. Never reaches beyond the loopback address.
 */
public final class LoopbackServer implements AutoCloseable {
  /** How a file is served. */
  public enum Damage {
    /** The file as it is. */
    NONE,
    /** The full length, with one byte in the middle flipped. */
    CORRUPT,
    /** Announces the full length, sends half, closes the connection. */
    TRUNCATE,
    /** 404 Not Found. */
    MISSING
  }

  private final HttpServer server;
  private final Map<String, byte[]> files;
  private final Map<String, Damage> damage = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  public LoopbackServer(Map<String, byte[]> files) throws IOException {
    this.files = Map.copyOf(files);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/data/", this::handle);
    server.start();
  }

  /** Serves {@code name} damaged from now on. */
  public LoopbackServer damage(String name, Damage how) {
    damage.put(name, how);
    return this;
  }

  /** {@code http://127.0.0.1:<port>/data/}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data/");
  }

  /** Requests answered so far. */
  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String name = exchange.getRequestURI().getPath().substring("/data/".length());
    byte[] body = files.get(name);
    Damage how = damage.getOrDefault(name, Damage.NONE);
    try (exchange) {
      if (body == null || how == Damage.MISSING) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      switch (how) {
        case CORRUPT -> {
          byte[] copy = body.clone();
          copy[copy.length / 2] ^= 0x01;
          out.write(copy);
        }
        case TRUNCATE -> {
          out.write(body, 0, body.length / 2);
          out.flush();
          // Closing with bytes owed makes HttpServer drop the connection: the client sees it end early.
        }
        default -> out.write(body);
      }
    } catch (IOException expected) {
      // The truncated response ends this way.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
