package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Global mean pooling (Keras {@code GlobalAveragePooling2D}): the mean over all positions, per channel.
 * Input {@code [batch, h, w, c]}, output {@code [batch, c]}. No parameters.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface GlobalAvgPool {}
