/**
 * Parameter allocation and initialization: the flat buffers every parameter tensor is a view into,
 * and Keras's initializers (Glorot, He, LeCun, zeros, ones), drawn reproducibly from a seed.
 */
package dev.lamina.runtime.init;
