/** Downloads verified against published digests and moved into place only when complete. */
package dev.lamina.runtime.data.download;
