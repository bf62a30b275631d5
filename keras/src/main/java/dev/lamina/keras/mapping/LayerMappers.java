package dev.lamina.keras.mapping;

import dev.lamina.keras.mapping.layer.ActivationMapper;
import dev.lamina.keras.mapping.layer.BatchNormalizationMapper;
import dev.lamina.keras.mapping.layer.Conv2DMapper;
import dev.lamina.keras.mapping.layer.Conv2DTransposeMapper;
import dev.lamina.keras.mapping.layer.DenseMapper;
import dev.lamina.keras.mapping.layer.DepthwiseConv2DMapper;
import dev.lamina.keras.mapping.layer.DropoutMapper;
import dev.lamina.keras.mapping.layer.FlattenMapper;
import dev.lamina.keras.mapping.layer.GlobalPoolingMapper;
import dev.lamina.keras.mapping.layer.PoolingMapper;
import dev.lamina.keras.mapping.layer.SeparableConv2DMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every {@link LayerMapper}, by Keras class, and why the Keras classes Lamina lacks are refused. */
public final class LayerMappers {
  private static final List<LayerMapper> ALL = List.of(new Conv2DMapper(), new SeparableConv2DMapper(),
      new DepthwiseConv2DMapper(), new Conv2DTransposeMapper(), new DenseMapper(), new PoolingMapper(),
      new GlobalPoolingMapper(), new FlattenMapper(), new DropoutMapper(), new BatchNormalizationMapper(),
      new ActivationMapper());

  private static final Map<String, LayerMapper> BY_CLASS = byClass();

  /** Keras classes that Lamina's chain-of-layers networks cannot express yet, and why. */
  private static final Map<String, String> NOT_YET = notYet();

  private LayerMappers() {}

  /** The mapper of a Keras class, if Lamina has the layer. */
  public static Optional<LayerMapper> forClass(String kerasClass) {
    return Optional.ofNullable(BY_CLASS.get(kerasClass));
  }

  /** Why a Keras class has no mapper: a sentence for the error message. */
  public static String whyUnsupported(String kerasClass) {
    String reason = NOT_YET.get(kerasClass);
    if (reason != null) {
      return reason;
    }
    return "Lamina has no layer for it. Lamina maps " + String.join(", ", new TreeSet<>(BY_CLASS.keySet()));
  }

  private static Map<String, LayerMapper> byClass() {
    Map<String, LayerMapper> map = new TreeMap<>();
    for (LayerMapper mapper : ALL) {
      for (String cls : mapper.kerasClasses()) {
        map.put(cls, mapper);
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, String> notYet() {
    String merge = "Lamina's networks are a chain of layers and have no merge layers yet";
    String resize = "Lamina has no layer that pads, crops or resizes an image yet";
    String nested = "a model nested in a model; rebuild it in Keras as one flat Sequential or Functional model";
    Map<String, String> map = new TreeMap<>();
    for (String cls : List.of("Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot")) {
      map.put(cls, merge);
    }
    for (String cls : List.of("UpSampling2D", "ZeroPadding2D", "Cropping2D", "Resizing")) {
      map.put(cls, resize);
    }
    for (String cls : List.of("Sequential", "Functional", "Model")) {
      map.put(cls, nested);
    }
    map.put("InputLayer", "a second input; Lamina networks take one input");
    return Map.copyOf(map);
  }
}
