package dev.lamina.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Flattens each example (Keras {@code Flatten}): input {@code [batch, h, w, c]}, output
 * {@code [batch, h*w*c]} in row-major NHWC order. No parameters. Only dense-style layers
 * ({@link Dense}, {@link Dropout}, {@link BatchNorm}, {@link Activation}) may follow.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Flatten {}
