package dev.lamina.cli.command;

import dev.lamina.cli.option.CheckpointOptions;
import dev.lamina.onnx.OnnxExport;
import dev.lamina.runtime.io.NpzWeights;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina export}: a checkpoint's network as an ONNX file ({@link OnnxExport}: opset 13, NHWC input
 * {@code input} with a symbolic batch dimension, output {@code output}) or its weights alone as a NumPy
 * {@code .npz} ({@link NpzWeights}: Keras's layer and weight names). The file is written atomically: a
 * temporary file beside it, then renamed; on any failure nothing is left under the name and an existing
 * file is kept.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a checkpoint as ONNX (the network) or NumPy .npz (its weights).")
public final class ExportCommand implements Callable<Integer> {
  /** The file formats. */
  public enum Format {
    /** ONNX, opset 13. */
    ONNX,
    /** The weights as NumPy arrays. */
    NPZ
  }

  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "onnx (the network, opset 13) or npz (the weights, readable by numpy.load).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The file to write (replaced whole if it exists; missing directories are created).")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    switch (format) {
      case ONNX -> {
        OnnxExport.write(loaded.model(), output);
        out.println("wrote " + output + ": " + loaded.network().name() + " as ONNX (opset " + OnnxExport.OPSET
            + "), input '" + OnnxExport.INPUT + "' [" + OnnxExport.BATCH + ", " + join(loaded.model().inputShape())
            + "], output '" + OnnxExport.OUTPUT + "' [" + OnnxExport.BATCH + ", " + join(loaded.model().outputShape())
            + "]");
      }
      case NPZ -> {
        NpzWeights.save(loaded.model(), output);
        out.println("wrote " + output + ": the " + loaded.model().parameters().all().size() + " weight tensors of "
            + loaded.network().name() + " as NumPy arrays (<layer>/<weight>)");
      }
      default -> throw new IllegalStateException(format.toString());
    }
    return 0;
  }

  private static String join(int[] shape) {
    return String.join(", ", Arrays.stream(shape).mapToObj(Integer::toString).toList());
  }
}
