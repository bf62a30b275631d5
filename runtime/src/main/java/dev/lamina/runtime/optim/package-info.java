/**
 * Optimizers: SGD (with momentum and Nesterov), Adam and RMSprop with Keras 3's update formulas and
 * defaults. State lives in flat slot buffers aligned with a model's flat parameter vector, so a
 * step is a few whole-buffer ND4J operations with no allocation.
 */
package dev.lamina.runtime.optim;
