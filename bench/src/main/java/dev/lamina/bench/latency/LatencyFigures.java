package dev.lamina.bench.latency;

/**
 * The figures of one measurement.
 *
 * @param engine who ran it ({@code Lamina}, {@code ONNX Runtime}, {@code PyTorch})
 * @param network the network's interface name
 * @param batch examples per call
 * @param threads calling threads
 * @param calls timed calls, all threads together
 * @param p50Micros median latency of one call, microseconds
 * @param p99Micros 99th-percentile latency of one call, microseconds
 * @param imagesPerSecond examples per second, all threads together
 */
record LatencyFigures(String engine, String network, int batch, int threads, long calls, double p50Micros,
    double p99Micros, double imagesPerSecond) {}
