package dev.lamina.runtime.layer.config;

import dev.lamina.runtime.kernel.Margins2D;
import java.util.Objects;

/**
 * A {@code @ZeroPadding2D} layer (Keras {@code ZeroPadding2D(padding=((top, bottom), (left, right)))}):
 * {@code [N, H, W, C] -> [N, top + H + bottom, left + W + right, C]}, zeros in the new rows and columns.
 *
 * @param padding the rows and columns added at each border
 */
public record ZeroPadding2DConfig(Margins2D padding) implements LayerConfig {
  public ZeroPadding2DConfig {
    Objects.requireNonNull(padding, "padding");
  }

  @Override
  public String kerasType() {
    return "ZeroPadding2D";
  }
}
