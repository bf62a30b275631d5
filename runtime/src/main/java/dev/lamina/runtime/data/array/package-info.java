/** Datasets held in memory as Java arrays, batched by copies into reused off-heap buffers. */
package dev.lamina.runtime.data.array;
