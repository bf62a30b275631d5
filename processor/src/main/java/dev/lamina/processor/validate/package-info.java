/**
 * Validation: combines the declaration's own problems, the shape inference and the declared totals
 * into one {@link dev.lamina.processor.validate.ValidationReport} per network, in source order, and
 * prints it at the exact annotation values ({@link dev.lamina.processor.validate.ProblemPrinter}),
 * leaving out warnings under {@code @SuppressWarnings("lamina")}.
 */
package dev.lamina.processor.validate;
