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
import dev.lamina.processor.model.ConcatenateSpec;
import dev.lamina.processor.model.Cropping2DSpec;
import dev.lamina.processor.model.MergeSpec;
import dev.lamina.processor.model.UpSampling2DSpec;
import dev.lamina.processor.model.ZeroPadding2DSpec;
import java.util.List;

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
    return of(node, List.of(in), List.of(inGrad));
  }

  /**
   * The writer of {@code node}, reading from buffers {@code ins} and writing its input gradients to
   * {@code inGrads} (aligned with {@code ins}).
   *
   * @throws IllegalStateException for a layer kind without a writer
   */
  static LayerWriter of(LayerNode node, List<String> ins, List<String> inGrads) {
    LayerSpec spec = node.spec();
    if (spec instanceof MergeSpec s) {
      return new MergeWriter(node, s, ins, inGrads);
    } else if (spec instanceof ConcatenateSpec) {
      return new ConcatenateWriter(node, ins, inGrads);
    }
    String in = ins.get(0);
    String inGrad = inGrads.get(0);
    if (ins.size() != 1) {
      throw new IllegalStateException(node.name() + ": a " + spec.kerasType() + " layer reads one input, got " + ins);
    }
    if (spec instanceof UpSampling2DSpec s) {
      return new UpSampling2DWriter(node, s, in, inGrad);
    } else if (spec instanceof ZeroPadding2DSpec s) {
      return new ZeroPadding2DWriter(node, s, in, inGrad);
    } else if (spec instanceof Cropping2DSpec s) {
      return new Cropping2DWriter(node, s, in, inGrad);
    } else if (spec instanceof Conv2DSpec s) {
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
