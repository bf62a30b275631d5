/**
 * Validation: combines the declaration's own problems, the shape inference and the declared totals
 * into one {@link dev.lamina.processor.validate.ValidationReport} per network, and prints it at the
 * exact annotation values.
 */
package dev.lamina.processor.validate;
