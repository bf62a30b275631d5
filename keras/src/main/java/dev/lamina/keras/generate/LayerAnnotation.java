package dev.lamina.keras.generate;

import dev.lamina.dsl.ActivationFunction;
import dev.lamina.dsl.Initializer;
import dev.lamina.dsl.Padding;
import dev.lamina.keras.mapping.MappedLayer;
import dev.lamina.runtime.kernel.PoolMode;
import dev.lamina.runtime.kernel.Window2D;
import dev.lamina.runtime.layer.config.ActivationConfig;
import dev.lamina.runtime.layer.config.BatchNormConfig;
import dev.lamina.runtime.layer.config.Conv2DConfig;
import dev.lamina.runtime.layer.config.Conv2DTransposeConfig;
import dev.lamina.runtime.layer.config.DenseConfig;
import dev.lamina.runtime.layer.config.DepthwiseConv2DConfig;
import dev.lamina.runtime.layer.config.DropoutConfig;
import dev.lamina.runtime.layer.config.FlattenConfig;
import dev.lamina.runtime.layer.config.GlobalPoolingConfig;
import dev.lamina.runtime.layer.config.LayerConfig;
import dev.lamina.runtime.layer.config.PoolingConfig;
import dev.lamina.runtime.layer.config.SeparableConv2DConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A layer's annotation as source text, written as by hand: attributes in the annotation's order,
 * defaults left out, {@code kernelSize = 3} for a square window and {@code {3, 2}} otherwise.
 *
 * @param annotation the annotation's simple name ({@code Conv2D}), in package {@code dev.lamina.dsl}
 * @param attributes the attributes, {@code name = value} each
 * @param handle the handle type's simple name ({@code Conv2DLayer}), in {@code dev.lamina.runtime.layer}
 * @param constants the enum constants used, qualified ({@code dev.lamina.dsl.ActivationFunction.RELU}),
 *     for static imports
 */
record LayerAnnotation(String annotation, List<String> attributes, String handle, TreeSet<String> constants) {
  private static final String DSL = "dev.lamina.dsl.";

  /** {@code @Conv2D(filters = 16, kernelSize = 3, activation = RELU)}. */
  String text() {
    return "@" + annotation + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")");
  }

  static LayerAnnotation of(MappedLayer mapped) {
    LayerConfig config = mapped.lamina();
    Builder b = new Builder();
    if (config instanceof Conv2DConfig c) {
      b.attr("filters", c.filters()).convWindow(c.window(), true).activation(c.activation()).useBias(c.useBias())
          .initializers(mapped.initializers(), "kernelInitializer", "biasInitializer");
      return b.build("Conv2D", "Conv2DLayer");
    } else if (config instanceof SeparableConv2DConfig c) {
      b.attr("filters", c.filters()).kernelSize(c.window()).strides(c.window()).padding(c.window().padding());
      if (c.depthMultiplier() != 1) {
        b.attr("depthMultiplier", c.depthMultiplier());
      }
      b.dilation(c.window()).activation(c.activation()).useBias(c.useBias())
          .initializers(mapped.initializers(), "depthwiseInitializer", "pointwiseInitializer", "biasInitializer");
      return b.build("SeparableConv2D", "SeparableConv2DLayer");
    } else if (config instanceof DepthwiseConv2DConfig c) {
      b.kernelSize(c.window()).strides(c.window()).padding(c.window().padding());
      if (c.depthMultiplier() != 1) {
        b.attr("depthMultiplier", c.depthMultiplier());
      }
      b.dilation(c.window()).activation(c.activation()).useBias(c.useBias())
          .initializers(mapped.initializers(), "depthwiseInitializer", "biasInitializer");
      return b.build("DepthwiseConv2D", "DepthwiseConv2DLayer");
    } else if (config instanceof Conv2DTransposeConfig c) {
      b.attr("filters", c.filters()).convWindow(c.window(), false).activation(c.activation()).useBias(c.useBias())
          .initializers(mapped.initializers(), "kernelInitializer", "biasInitializer");
      return b.build("Conv2DTranspose", "Conv2DTransposeLayer");
    } else if (config instanceof PoolingConfig c) {
      Window2D w = c.window();
      b.attr("poolSize", pair(w.height(), w.width()));
      if (w.strideHeight() != w.height() || w.strideWidth() != w.width()) {
        b.attr("strides", pair(w.strideHeight(), w.strideWidth()));
      }
      b.padding(w.padding());
      return b.build(c.mode() == PoolMode.MAX ? "MaxPool" : "AvgPool", "PoolingLayer");
    } else if (config instanceof GlobalPoolingConfig c) {
      return b.build(c.mode() == PoolMode.MAX ? "GlobalMaxPool" : "GlobalAvgPool", "PoolingLayer");
    } else if (config instanceof FlattenConfig) {
      return b.build("Flatten", "FlattenLayer");
    } else if (config instanceof DenseConfig c) {
      b.attr("units", c.units()).activation(c.activation()).useBias(c.useBias())
          .initializers(mapped.initializers(), "kernelInitializer", "biasInitializer");
      return b.build("Dense", "DenseLayer");
    } else if (config instanceof DropoutConfig c) {
      b.attr("rate", JavaLiterals.doubleLiteral(c.rate()));
      return b.build("Dropout", "DropoutLayer");
    } else if (config instanceof BatchNormConfig c) {
      if (c.momentum() != 0.99) {
        b.attr("momentum", JavaLiterals.doubleLiteral(c.momentum()));
      }
      if (c.epsilon() != 1e-3) {
        b.attr("epsilon", JavaLiterals.doubleLiteral(c.epsilon()));
      }
      if (!c.center()) {
        b.attr("center", false);
      }
      if (!c.scale()) {
        b.attr("scale", false);
      }
      return b.build("BatchNorm", "BatchNormLayer");
    } else if (config instanceof ActivationConfig c) {
      b.constant(ActivationFunction.class, c.activation().name(), null);
      return b.build("Activation", "ActivationLayer");
    }
    throw new IllegalArgumentException("no annotation for " + config);
  }

  /** {@code 3} for a square pair, {@code {3, 2}} otherwise. */
  static String pair(int height, int width) {
    return height == width ? Integer.toString(height) : "{" + height + ", " + width + "}";
  }

  private static final class Builder {
    private final List<String> attributes = new ArrayList<>();
    private final TreeSet<String> constants = new TreeSet<>();

    Builder attr(String name, Object value) {
      attributes.add(name + " = " + value);
      return this;
    }

    /** An enum constant, as {@code name = CONSTANT} or, with a null name, as the single value. */
    Builder constant(Class<? extends Enum<?>> type, String constant, String name) {
      constants.add(DSL + type.getSimpleName() + "." + constant);
      attributes.add(name == null ? constant : name + " = " + constant);
      return this;
    }

    Builder convWindow(Window2D w, boolean dilation) {
      kernelSize(w).strides(w).padding(w.padding());
      return dilation ? dilation(w) : this;
    }

    Builder kernelSize(Window2D w) {
      return attr("kernelSize", pair(w.height(), w.width()));
    }

    Builder strides(Window2D w) {
      return w.strideHeight() == 1 && w.strideWidth() == 1 ? this : attr("strides", pair(w.strideHeight(), w.strideWidth()));
    }

    Builder dilation(Window2D w) {
      return w.dilated() ? attr("dilationRate", pair(w.dilationHeight(), w.dilationWidth())) : this;
    }

    Builder padding(Padding padding) {
      return padding == Padding.VALID ? this : constant(Padding.class, padding.name(), "padding");
    }

    Builder activation(ActivationFunction activation) {
      return activation == ActivationFunction.LINEAR ? this : constant(ActivationFunction.class, activation.name(), "activation");
    }

    Builder useBias(boolean useBias) {
      return useBias ? this : attr("useBias", false);
    }

    Builder initializers(Map<String, Initializer> declared, String... order) {
      for (String attribute : order) {
        Initializer init = declared.get(attribute);
        if (init != null) {
          constant(Initializer.class, init.name(), attribute);
        }
      }
      return this;
    }

    LayerAnnotation build(String annotation, String handle) {
      return new LayerAnnotation(annotation, List.copyOf(attributes), handle, constants);
    }
  }
}
