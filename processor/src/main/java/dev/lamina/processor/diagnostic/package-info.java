/**
 * What the processor tells the user: the catalogue of messages ({@link dev.lamina.processor.diagnostic.Message}),
 * the problems the model finds ({@link dev.lamina.processor.diagnostic.Problem}) and the annotation attributes
 * they point at ({@link dev.lamina.processor.diagnostic.Attr}).
 */
package dev.lamina.processor.diagnostic;
