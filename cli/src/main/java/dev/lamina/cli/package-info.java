/**
 * The {@code lamina} command-line tool: {@code train}, {@code evaluate}, {@code predict} and
 * {@code summary} for the tutorial's networks on Fashion-MNIST, built with picocli.
 */
package dev.lamina.samples.cli;
