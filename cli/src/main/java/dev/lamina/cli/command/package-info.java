/**
 * The {@code lamina} commands, one class each: {@code train}, {@code evaluate}, {@code predict},
 * {@code summary}, {@code networks}, {@code data}, {@code serve} (the serve module's server),
 * {@code export} (the onnx module's export, the runtime's {@code .npz} weights), {@code import-weights},
 * {@code keras-import} and {@code keras-weights} (the keras module). A new command is a {@code Callable<Integer>}
 * annotated {@code @Command}, using the mixins of {@code dev.lamina.cli.option}, and listed in
 * {@link dev.lamina.cli.LaminaCli}'s subcommands.
 */
package dev.lamina.cli.command;
