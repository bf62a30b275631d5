package dev.lamina.processor.write;

import dev.lamina.processor.model.ActivationSpec;
import dev.lamina.processor.model.BatchNormSpec;
import dev.lamina.processor.model.Conv2DSpec;
import dev.lamina.processor.model.Conv2DTransposeSpec;
import dev.lamina.processor.model.DenseSpec;
import dev.lamina.processor.model.DepthwiseConv2DSpec;
import dev.lamina.processor.model.DropoutSpec;
import dev.lamina.processor.model.FlattenSpec;
import dev.lamina.processor.model.GlobalPoolSpec;
import dev.lamina.processor.model.LayerNode;
import dev.lamina.processor.model.LayerSpec;
import dev.lamina.processor.model.PoolSpec;
import dev.lamina.processor.model.SeparableConv2DSpec;

/**
 * Picks the writer of a layer kind. One branch per permitted subtype of the sealed {@link LayerSpec};
 * Java 17 has no pattern switch, so a test checks that every permitted subtype has a writer.
 */
final class LayerWriters {
  private LayerWriters() {}

  /**
   * The writer of {@code node}, reading from buffer {@code in} and writing its input gradient to
   * {@code inGrad}.
   *
   * @throws IllegalStateException for a layer kind without a writer
   */
  static LayerWriter of(LayerNode node, String in, String inGrad) {
    LayerSpec spec = node.spec();
    if (spec instanceof Conv2DSpec s) {
      return new Conv2DWriter(node, s, in, inGrad);
    } else if (spec instanceof SeparableConv2DSpec s) {
      return new SeparableConv2DWriter(node, s, in, inGrad);
    } else if (spec instanceof DepthwiseConv2DSpec s) {
      return new DepthwiseConv2DWriter(node, s, in, inGrad);
    } else if (spec instanceof Conv2DTransposeSpec s) {
      return new Conv2DTransposeWriter(node, s, in, inGrad);
    } else if (spec instanceof PoolSpec s) {
      return new PoolWriter(node, s, in, inGrad);
    } else if (spec instanceof GlobalPoolSpec s) {
      return new GlobalPoolWriter(node, s, in, inGrad);
    } else if (spec instanceof FlattenSpec) {
      return new FlattenWriter(node, in, inGrad);
    } else if (spec instanceof DenseSpec s) {
      return new DenseWriter(node, s, in, inGrad);
    } else if (spec instanceof DropoutSpec s) {
      return new DropoutWriter(node, s, in, inGrad);
    } else if (spec instanceof BatchNormSpec s) {
      return new BatchNormWriter(node, s, in, inGrad);
    } else if (spec instanceof ActivationSpec) {
      return new ActivationWriter(node, in, inGrad);
    }
    throw new IllegalStateException("no writer for layer kind " + spec.getClass().getSimpleName());
  }
}
