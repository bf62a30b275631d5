package dev.lamina.cli.command;

import dev.lamina.cli.OptionChecks;
import dev.lamina.cli.data.EvaluationSet;
import dev.lamina.cli.option.CheckpointOptions;
import dev.lamina.cli.option.DataOptions;
import dev.lamina.runtime.metric.Metric;
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
 * {@code lamina evaluate}: the loss and metrics of a checkpoint on its run's test set (or validation
 * set, or another test folder), prepared exactly as for training.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate a checkpoint on its run's test set (or validation set, or --test-dir).")
public final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CheckpointOptions checkpoint;

  @Mixin
  DataOptions data;

  @Option(names = "--validation", description = "Evaluate on the validation images instead of the test images.")
  boolean validation;

  @Option(names = {"-b", "--batch-size"}, defaultValue = "256",
      description = "Examples per batch, at least 1 (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    new OptionChecks(spec.commandLine()).atLeast("--batch-size", batchSize, 1);
    data.validateIdx();
    PrintWriter out = spec.commandLine().getOut();
    CheckpointOptions.Loaded loaded = checkpoint.load();
    EvaluationSet set = data.forCheckpoint(checkpoint.file(), loaded.task(), loaded.model().inputShape(), validation);
    Trainer trainer = Trainer.builder(loaded.model()).loss(loaded.task().loss(loaded.model()))
        .optimizer(Sgd.builder().build()).metrics(loaded.task().metrics().toArray(Metric[]::new)).build();
    Evaluation result = trainer.evaluate(set.data(), batchSize);
    out.printf(Locale.ROOT, "%s after %d epoch%s, on the %s set (%,d images): %s%n", loaded.network().name(),
        loaded.info().epoch(), loaded.info().epoch() == 1 ? "" : "s", set.name(), set.data().size(), result);
    return 0;
  }
}
