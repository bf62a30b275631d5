/**
 * ONNX export of generated networks: {@link dev.lamina.onnx.OnnxExport}. The protobuf classes in
 * {@code dev.lamina.onnx.proto} are generated from ONNX 1.12.0's {@code onnx.proto} (Apache-2.0), kept in
 * this module's {@code src/main/protobuf}.
 */
package dev.lamina.onnx;
