/**
 * TensorBoard logging: event files (TFRecord-framed {@code Event} protocol buffers with scalar
 * summaries) in Keras's {@code train/} and {@code validation/} layout. The message classes are
 * generated from {@code src/main/protobuf/lamina/tensorboard_event.proto}.
 */
package dev.lamina.runtime.tensorboard;
