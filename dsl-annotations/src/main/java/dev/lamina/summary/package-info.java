/**
 * The Keras-style summary table of a network, shared by the processor (which prints it as a
 * {@code javac} note with {@code -Alamina.summary=true}) and the generated code (which returns it from
 * {@code Model.summary()}). Pure Java, no dependencies.
 */
package dev.lamina.summary;
