package dev.lamina.samples.cli;

import dev.lamina.runtime.optim.Sgd;
import dev.lamina.runtime.train.Evaluation;
import dev.lamina.runtime.train.Trainer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lamina evaluate}: the loss and metrics of a checkpoint on the Fashion-MNIST test set (or the
 * validation set), prepared exactly as for training.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate a checkpoint on the Fashion-MNIST test set.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @Mixin
  DataOptions data;

  @Option(names = "--validation", description = "Evaluate on the validation split instead of the test set.")
  boolean validation;

  @Option(names = {"-b", "--batch-size"}, defaultValue = "256",
      description = "Examples per batch, at least 1 (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    new OptionChecks(spec.commandLine()).atLeast("--batch-size", batchSize, 1);
    data.validate();
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    Task task = loaded.network().task();
    FashionData fashion = data.loadFor(checkpoint.checkpoint, task);
    Trainer trainer = Trainer.builder(loaded.model()).loss(task.loss()).optimizer(Sgd.builder().build())
        .metrics(task.metrics().toArray(new dev.lamina.runtime.metric.Metric[0])).build();
    Evaluation result = trainer.evaluate(validation ? fashion.validation() : fashion.test(), batchSize);
    out.printf(Locale.ROOT, "%s after %d epoch%s, on the %s set (%,d images): %s%n", loaded.network(),
        loaded.info().epoch(), loaded.info().epoch() == 1 ? "" : "s", validation ? "validation" : "test",
        (validation ? fashion.validation() : fashion.test()).size(), result);
    return 0;
  }
}
