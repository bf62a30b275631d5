package dev.lamina.runtime.data.augment;

import java.awt.geom.AffineTransform;
import java.util.Random;

/**
 * A random flip, rotation, zoom or translation: draws its amount and appends its matrix. Matrices
 * map an output pixel's coordinates {@code (x, y)} (column, row; pixel centres at integers) to the
 * input coordinates it reads, as Keras's {@code affine_transform} matrices do, so that the
 * transforms of a pipeline compose by multiplication in pipeline order.
 */
interface GeometricTransform {
  /** Draws this transform's amount from {@code random} and concatenates its matrix onto {@code matrix}. */
  void concatenate(AffineTransform matrix, int height, int width, Random random);
}
