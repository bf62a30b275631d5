package dev.lamina.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a benchmark ran on, as the result tables report it.
 *
 * @param cpuModel the CPU's {@code model name} from {@code /proc/cpuinfo} ({@code unknown} elsewhere)
 * @param cores logical CPUs available to the JVM ({@code nproc})
 * @param javaVersion {@code java.version}
 * @param javaVm {@code java.vm.name} and {@code java.vm.version}
 * @param os {@code os.name} and {@code os.version}
 */
public record Machine(String cpuModel, int cores, String javaVersion, String javaVm, String os) {
  /** Where Linux describes the CPUs. */
  public static final Path CPU_INFO = Path.of("/proc/cpuinfo");

  /** The machine this JVM runs on. */
  public static Machine detect() {
    String cpu;
    try {
      cpu = Files.isReadable(CPU_INFO) ? cpuModel(Files.readAllLines(CPU_INFO)).orElse("unknown") : "unknown";
    } catch (IOException e) {
      cpu = "unknown";
    }
    return new Machine(cpu, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The first {@code model name} in the lines of a {@code cpuinfo} file, if any. */
  public static Optional<String> cpuModel(List<String> cpuInfo) {
    for (String line : cpuInfo) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
        String model = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
        if (!model.isEmpty()) {
          return Optional.of(model);
        }
      }
    }
    return Optional.empty();
  }
}
