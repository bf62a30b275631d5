package dev.lamina.processor.model;

/** What a pooling window computes. */
public enum PoolKind {
  MAX("MaxPool", "MaxPooling2D", "GlobalMaxPool", "GlobalMaxPooling2D"),
  AVG("AvgPool", "AveragePooling2D", "GlobalAvgPool", "GlobalAveragePooling2D");

  private final String annotation;
  private final String kerasType;
  private final String globalAnnotation;
  private final String globalKerasType;

  PoolKind(String annotation, String kerasType, String globalAnnotation, String globalKerasType) {
    this.annotation = annotation;
    this.kerasType = kerasType;
    this.globalAnnotation = globalAnnotation;
    this.globalKerasType = globalKerasType;
  }

  String annotation() {
    return annotation;
  }

  String kerasType() {
    return kerasType;
  }

  String globalAnnotation() {
    return globalAnnotation;
  }

  String globalKerasType() {
    return globalKerasType;
  }
}
