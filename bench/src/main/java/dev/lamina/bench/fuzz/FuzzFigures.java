package dev.lamina.bench.fuzz;

import java.util.List;

/**
 * What a fuzz campaign counted.
 *
 * @param drawn networks drawn
 * @param compiled networks the processor accepted and javac compiled
 * @param rejected networks the processor rejected with a positioned {@code [Lamina...]} error
 * @param broken compilations that failed otherwise (a processor exception, generated code that does
 *     not compile): defects
 * @param run compiled networks created and run forward (inference and training) and backward
 * @param skipped compiled networks whose buffers exceed the run budget, created but not run
 * @param refused runs that ended in a {@code MemoryAllocationException}: the clean failure for a network
 *     too large for the machine
 * @param failed runs that ended in another exception: defects
 * @param crashed networks that killed their JVM (a signal, a native abort, a hang): defects
 * @param failures every defect, with the network's source
 */
public record FuzzFigures(long drawn, long compiled, long rejected, long broken, long run, long skipped, long refused,
    long failed, long crashed, List<FuzzFailure> failures) {

  /** Whether the campaign found no defect: nothing broken, failed or crashed. */
  public boolean clean() {
    return broken == 0 && failed == 0 && crashed == 0;
  }

  /** One line with every count. */
  public String line() {
    return "drawn " + drawn + ", compiled " + compiled + ", rejected " + rejected + ", broken " + broken + ", run "
        + run + ", skipped (over budget) " + skipped + ", refused (MemoryAllocationException) " + refused
        + ", failed " + failed + ", crashed " + crashed;
  }

  /** The counts, then each defect with its network's source. */
  public String report() {
    StringBuilder sb = new StringBuilder(line()).append('\n');
    for (FuzzFailure f : failures) {
      sb.append('\n').append(f.describe()).append('\n');
    }
    return sb.toString();
  }
}
