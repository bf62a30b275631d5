package dev.lamina.bench.result;

/**
 * One layer's mean time per pass in a profile.
 *
 * @param layer the layer's name (its interface method)
 * @param macs the layer's multiply-accumulates for one example's forward pass
 * @param forwardMillis mean milliseconds of its forward method per pass
 * @param backwardMillis mean milliseconds of its backward method per pass (0 for inference)
 */
public record LayerTime(String layer, long macs, double forwardMillis, double backwardMillis) {

  /** Forward plus backward. */
  public double totalMillis() {
    return forwardMillis + backwardMillis;
  }
}
