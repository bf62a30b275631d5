/**
 * Plots: learning curves of a training {@code History} as PNG images, drawn with XChart.
 */
package dev.lamina.runtime.plot;
