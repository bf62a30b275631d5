/**
 * Lamina's annotation processor. {@link dev.lamina.processor.NetworkProcessor} is the entry point;
 * the work flows one way through {@code read} (elements to declarations), {@code model} (shapes and
 * parameter arithmetic, no {@code javax.lang.model}), {@code validate} (positioned diagnostics) and
 * {@code write} (JavaPoet code generation).
 */
package dev.lamina.processor;
