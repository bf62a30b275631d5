/**
 * Preprocessing as the Keras tutorial does it: hold out a validation split, standardize with
 * training statistics, and one-hot encode labels for categorical cross-entropy.
 */
package dev.lamina.runtime.data.preprocess;
