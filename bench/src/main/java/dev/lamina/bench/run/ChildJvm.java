package dev.lamina.bench.run;

import dev.lamina.bench.BenchCli;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark tool in a new JVM with this one's Java, JVM options and class path, sharing the
 * terminal, so that each network's peak memory and thread settings are its own.
 */
final class ChildJvm {
  /** util-linux's {@code taskset}, where the machine has it. */
  private static final java.util.Optional<Path> TASKSET = java.util.stream.Stream.of("/usr/bin/taskset", "/bin/taskset")
      .map(Path::of).filter(java.nio.file.Files::isExecutable).findFirst();

  private ChildJvm() {}

  /**
   * Runs {@code arguments} in a child JVM and waits for it. With a thread count, the child gets
   * {@code OMP_NUM_THREADS} (libnd4j's OpenMP threads) and runs under {@code taskset -c 0-(n-1)}: the
   * oneDNN kernels' threads (Intel TBB) follow the process's CPU affinity, not OpenMP's variables.
   *
   * @param ompThreads the child's thread count, or 0 to inherit this process's environment and CPUs
   * @return the child's exit status
   * @throws IOException if the child cannot be started
   * @throws InterruptedException if interrupted while waiting (the child is then destroyed)
   */
  static int run(List<String> arguments, int ompThreads) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (ompThreads > 0 && TASKSET.isPresent()) {
      command.addAll(List.of(TASKSET.get().toString(), "-c", ompThreads == 1 ? "0" : "0-" + (ompThreads - 1)));
    }
    command.addAll(command(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (ompThreads > 0) {
      builder.environment().put("OMP_NUM_THREADS", Integer.toString(ompThreads));
    }
    Process child = builder.start();
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      child.destroy();
      throw e;
    }
  }

  /** The child's command line. */
  static List<String> command(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchCli.class.getName());
    command.addAll(arguments);
    return command;
  }
}
