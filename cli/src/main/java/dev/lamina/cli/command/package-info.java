/**
 * The {@code lamina} commands, one class each: {@code train}, {@code evaluate}, {@code predict},
 * {@code summary}, {@code networks}, {@code data}. A new command is a {@code Callable<Integer>}
 * annotated {@code @Command}, using the mixins of {@code dev.lamina.cli.option}, and listed in
 * {@link dev.lamina.cli.LaminaCli}'s subcommands.
 */
package dev.lamina.cli.command;
