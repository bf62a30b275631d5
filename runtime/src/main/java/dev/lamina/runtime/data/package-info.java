/**
 * Data: datasets of NHWC examples with their labels, batch iteration (sequential or seeded-shuffled,
 * with a last partial batch), readers for the MNIST family and image folders, and preprocessing.
 */
package dev.lamina.runtime.data;
