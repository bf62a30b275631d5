/**
 * The {@code lamina} command-line tool, built with picocli: {@link dev.lamina.cli.LaminaCli} and the
 * pieces every command uses (option checks, error texts). Commands are in {@code command}, shared
 * options (mixins) in {@code option}, the data sources in {@code data}, finding networks and their
 * task in {@code network}, a run's directory and files in {@code run}.
 */
package dev.lamina.cli;
