/**
 * Writing: turns a validated {@link dev.lamina.processor.model.NetworkModel} into the Java source of
 * its implementation with JavaPoet.
 */
package dev.lamina.processor.write;
