package dev.lamina.bench.measure;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;

import java.util.Locale;
import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.convolution_forward;
import org.bytedeco.dnnl.engine;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.matmul;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.primitive_desc;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.BytePointer;

/**
 * The machine's practical arithmetic ceiling as oneDNN itself reaches it, measured in the running
 * JVM with the same library (oneDNN 2.5.2) and threads Lamina's kernels use: a large 3x3 convolution
 * forward ({@code [32, 56, 56, 128] -> 128} filters, SAME, 29.6 G multiply-accumulates) and a large
 * matmul ({@code 2048 x 2048 x 2048}), each in fp32 and in bf16 (bf16 inputs, fp32 outputs), every
 * tensor in the layout oneDNN prefers. A workload's GFLOP/s are put against the convolution's figure
 * of the same precision. OpenBLAS's SGEMM ({@link GemmCeiling}) runs its Haswell kernel on this CPU
 * and understates what AVX-512 reaches.
 *
 * @param convFp32 GFLOP/s of the convolution in fp32
 * @param matmulFp32 GFLOP/s of the matmul in fp32
 * @param convBf16 GFLOP/s of the convolution in bf16; NaN where the CPU lacks AVX512_BF16
 * @param matmulBf16 GFLOP/s of the matmul in bf16; NaN likewise
 * @param convImplementations oneDNN's implementation names (fp32, bf16)
 */
public record OnednnCeiling(double convFp32, double matmulFp32, double convBf16, double matmulBf16,
    String convImplementations) {

  private static final long N = 32;
  private static final long SIDE = 56;
  private static final long CHANNELS = 128;
  private static final long MATMUL = 2048;

  /** The fp32 ceiling: the better of the convolution and the matmul. */
  public double fp32() {
    return Math.max(convFp32, matmulFp32);
  }

  /** The bf16 ceiling: the better of the two, NaN without bf16. */
  public double bf16() {
    return Math.max(convBf16, matmulBf16);
  }

  /** The better figure of two measurements of each primitive (a busy moment lowers one of them). */
  public static OnednnCeiling best(OnednnCeiling a, OnednnCeiling b) {
    return new OnednnCeiling(Math.max(a.convFp32, b.convFp32), Math.max(a.matmulFp32, b.matmulFp32),
        Math.max(a.convBf16, b.convBf16), Math.max(a.matmulBf16, b.matmulBf16), a.convImplementations);
  }

  /** One line for reports. */
  public String describe() {
    if (Double.isNaN(convBf16)) {
      return String.format(Locale.ROOT, "oneDNN ceiling: convolution %.0f GFLOP/s fp32; matmul %.0f fp32; bf16 not"
          + " measured (%s)", convFp32, matmulFp32, convImplementations);
    }
    return String.format(Locale.ROOT, "oneDNN ceiling: convolution %.0f GFLOP/s fp32, %.0f bf16; matmul %.0f fp32,"
        + " %.0f bf16 (%s)", convFp32, convBf16, matmulFp32, matmulBf16, convImplementations);
  }

  /**
   * Measures each primitive: two untimed calls, then the best of {@code repeats} timed ones.
   *
   * @param bf16 whether to measure bf16 too (the CPU must support it)
   * @throws IllegalArgumentException when {@code repeats} is not positive
   */
  public static OnednnCeiling measure(int repeats, boolean bf16) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
    }
    engine eng = new engine(engine.kind.cpu, 0);
    stream s = new stream(eng);
    double convMacs = (double) N * SIDE * SIDE * CHANNELS * CHANNELS * 9;
    double matmulMacs = (double) MATMUL * MATMUL * MATMUL;
    Timed c32 = convolution(eng, s, memory.data_type.f32, repeats);
    Timed m32 = matmul(eng, s, memory.data_type.f32, repeats);
    Timed c16 = bf16 ? convolution(eng, s, memory.data_type.bf16, repeats) : null;
    Timed m16 = bf16 ? matmul(eng, s, memory.data_type.bf16, repeats) : null;
    return new OnednnCeiling(2 * convMacs / c32.nanos, 2 * matmulMacs / m32.nanos,
        c16 == null ? Double.NaN : 2 * convMacs / c16.nanos, m16 == null ? Double.NaN : 2 * matmulMacs / m16.nanos,
        c16 == null ? c32.implementation : c32.implementation + ", " + c16.implementation);
  }

  private record Timed(double nanos, String implementation) {}

  private static Timed convolution(engine eng, stream s, memory.data_type type, int repeats) {
    long[] src = {N, CHANNELS, SIDE, SIDE};
    long[] weights = {CHANNELS, CHANNELS, 3, 3};
    long[] one = {1, 1};
    long[] none = {0, 0};
    convolution_forward.desc desc = new convolution_forward.desc(prop_kind.forward_inference,
        algorithm.convolution_direct, any(src, type), any(weights, type), any(src, memory.data_type.f32),
        one, none, one, one);
    convolution_forward.primitive_desc pd = new convolution_forward.primitive_desc(desc, eng);
    return time(pd, eng, s, repeats);
  }

  private static Timed matmul(engine eng, stream s, memory.data_type type, int repeats) {
    long[] square = {MATMUL, MATMUL};
    matmul.desc desc = new matmul.desc(any(square, type), any(square, type), any(square, memory.data_type.f32));
    return time(new matmul.primitive_desc(desc, eng), eng, s, repeats);
  }

  private static Timed time(primitive_desc pd, engine eng, stream s, int repeats) {
    memory src = filled(pd.src_desc(), eng);
    memory weights = filled(pd.weights_desc(), eng);
    memory dst = new memory(pd.dst_desc(), eng);
    primitive p = new primitive(pd);
    IntMemoryMap args = new IntMemoryMap();
    args.put(DNNL_ARG_SRC, src);
    args.put(DNNL_ARG_WEIGHTS, weights);
    args.put(DNNL_ARG_DST, dst);
    for (int i = 0; i < 2; i++) {
      p.execute(s, args);
      s._wait();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      p.execute(s, args);
      s._wait();
      best = Math.min(best, System.nanoTime() - t0);
    }
    return new Timed(best, pd.impl_info_str().getString());
  }

  private static memory.desc any(long[] dims, memory.data_type type) {
    return new memory.desc(dims, type, memory.format_tag.any);
  }

  /**
   * A buffer of small normal numbers (bytes 0x3C repeated: about 0.0115 in fp32 and bf16 alike), so that
   * no denormal or NaN slows the arithmetic.
   */
  private static memory filled(memory.desc desc, engine eng) {
    memory m = new memory(desc, eng);
    new BytePointer(m.get_data_handle()).capacity(desc.get_size()).fill(0x3C);
    return m;
  }
}
