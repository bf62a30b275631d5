/**
 * Measuring instruments: wall-clock windows with their heap, native-object, resident-memory and
 * garbage-collection counters, the machine description, the SGEMM ceiling, and order statistics.
 */
package dev.lamina.bench.measure;
