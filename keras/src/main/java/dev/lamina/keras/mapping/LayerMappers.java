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
    String merge = "Lamina has the merge layer (@Add, @Subtract, @Multiply, @Average, @Maximum, @Concatenate), but the "
        + "Keras import maps only chains of layers so far: declare the network interface by hand, naming each merge's "
        + "inputs as its method's parameters";
    String resize = "Lamina has the layer (@UpSampling2D, @ZeroPadding2D, @Cropping2D), but the Keras import does not "
        + "map it yet: declare the network interface by hand";
    String none = "Lamina has no layer for it";
    String nested = "a model nested in a model; rebuild it in Keras as one flat Sequential or Functional model";
    Map<String, String> map = new TreeMap<>();
    for (String cls : List.of("Add", "Subtract", "Multiply", "Average", "Maximum", "Concatenate")) {
      map.put(cls, merge);
    }
    for (String cls : List.of("Minimum", "Dot")) {
      map.put(cls, none + " (it has @Add, @Subtract, @Multiply, @Average, @Maximum and @Concatenate)");
    }
    for (String cls : List.of("UpSampling2D", "ZeroPadding2D", "Cropping2D")) {
      map.put(cls, resize);
    }
    map.put("Resizing", none + " (@UpSampling2D resizes by integer factors)");
    for (String cls : List.of("Sequential", "Functional", "Model")) {
      map.put(cls, nested);
    }
    map.put("InputLayer", "a second input; Lamina networks take one input");
    return Map.copyOf(map);
  }
}
