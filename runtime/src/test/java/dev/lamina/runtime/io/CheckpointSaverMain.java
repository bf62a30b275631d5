package dev.lamina.runtime.io;

import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.testing.TestNet;
import java.nio.file.Path;

/**
 * The child process of {@link KilledWhileSavingTest}: saves checkpoints of a 4.2-million-parameter
 * network to one path in a loop, version {@code k} holding the value {@code k} everywhere, and
 * prints {@code saved k} after each completed save.
 */
public final class CheckpointSaverMain {
  private CheckpointSaverMain() {}

  static TestNet network() {
    return TestNet.builder(new int[] {32, 32, 2}, 2048).name("Large").build();
  }

  static Sgd optimizer(TestNet net) {
    Sgd sgd = Sgd.builder().momentum(0.9).build();
    sgd.build(net.parameters());
    return sgd;
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    TestNet net = network();
    Sgd sgd = optimizer(net);
    for (int k = 1; k < 10_000; k++) {
      net.parameters().values().assign(k);
      sgd.slots().get("momentum").assign(k);
      Checkpoints.save(file, net, sgd, k, k);
      System.out.println("saved " + k);
      System.out.flush();
    }
  }
}
