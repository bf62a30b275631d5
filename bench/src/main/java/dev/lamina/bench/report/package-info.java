/**
 * Side-by-side reports: Lamina's results and the peers' runs matched by workload, with ratios,
 * written as markdown and CSV.
 */
package dev.lamina.bench.report;
