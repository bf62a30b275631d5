/**
 * Validation, every network-level check in one package (as Dagger keeps its validators): the
 * interface's own ({@code DeclarationChecks}), the shape inference over the layer graph
 * ({@link dev.lamina.processor.validate.ShapeInference}), the declared totals, and the generated
 * names ({@link dev.lamina.processor.validate.GeneratedClassChecks}); combined into one {@link dev.lamina.processor.validate.ValidationReport} per network, in source order, and
 * prints it at the exact annotation values ({@link dev.lamina.processor.validate.ProblemPrinter}),
 * leaving out warnings under {@code @SuppressWarnings("lamina")}.
 */
package dev.lamina.processor.validate;
