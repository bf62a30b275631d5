/**
 * MNIST and Fashion-MNIST: found in a directory, an environment variable's directory, the user's
 * cache or a system package's directory, else downloaded and verified; read as {@code [n, 28, 28, 1]}
 * floats with class labels.
 */
package dev.lamina.runtime.data.mnist;
