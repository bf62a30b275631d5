package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.engine;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's oneDNN CPU engine and a stream per thread, and the memory descriptors Lamina's
 * layouts map to. oneDNN is optional at run time: where its native library cannot be loaded (another
 * platform), {@link #available()} is false and every kernel stays on libnd4j.
 */
public final class Onednn {
  private static final Logger LOG = LoggerFactory.getLogger(Onednn.class);

  /** Set {@code -Dlamina.onednn=false} to run every kernel on libnd4j (for comparisons). */
  public static final String PROPERTY = "lamina.onednn";

  /**
   * Set {@code -Dlamina.bf16=false} to treat this CPU as one without AVX512_BF16: bf16 networks then run
   * fp32, as they would there (for comparisons, and to test that path).
   */
  public static final String BF16_PROPERTY = "lamina.bf16";

  private static final class Holder {
    static final engine ENGINE = createEngine();
  }

  private static final ThreadLocal<stream> STREAMS = ThreadLocal.withInitial(() -> new stream(Holder.ENGINE));

  private static volatile Boolean available;

  private Onednn() {}

  /** Whether oneDNN's native library loads here and is not switched off with {@link #PROPERTY}. */
  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      a = Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) && probe();
      available = a;
    }
    return a;
  }

  /** Whether {@code array} can run on oneDNN: FLOAT, and oneDNN available. */
  public static boolean handles(INDArray array) {
    return array.dataType() == DataType.FLOAT && available();
  }

  private static boolean probe() {
    try {
      return Holder.ENGINE != null;
    } catch (Throwable e) {
      LOG.warn("oneDNN is not available ({}); Lamina's kernels run on libnd4j only", e.toString());
      return false;
    }
  }

  private static engine createEngine() {
    return new engine(engine.kind.cpu, 0);
  }

  /** The CPU engine. */
  static engine engine() {
    return Holder.ENGINE;
  }

  /** This thread's stream. */
  static stream stream() {
    return STREAMS.get();
  }

  /** Activations {@code [n, h, w, c]} as Lamina stores them (NHWC), in oneDNN's logical {@code N, C, H, W}. */
  static memory.desc nhwc(long n, long h, long w, long c) {
    return nhwc(n, h, w, c, memory.data_type.f32);
  }

  /** NHWC activations of another element type (a bf16 copy of an fp32 tensor). */
  static memory.desc nhwc(long n, long h, long w, long c, memory.data_type type) {
    return new memory.desc(new long[] {n, c, h, w}, type, memory.format_tag.nhwc);
  }

  /** A row-major matrix {@code [rows, columns]}. */
  static memory.desc matrix(long rows, long columns) {
    return matrix(rows, columns, memory.data_type.f32);
  }

  /** A row-major matrix of another element type. */
  static memory.desc matrix(long rows, long columns, memory.data_type type) {
    return new memory.desc(new long[] {rows, columns}, type, memory.format_tag.ab);
  }

  /** A vector, e.g. a bias. */
  static memory.desc vector(long length) {
    return new memory.desc(new long[] {length}, memory.data_type.f32, memory.format_tag.x);
  }

  /** The same logical tensor in whatever layout a primitive prefers. */
  static memory.desc any(long... dims) {
    return any(memory.data_type.f32, dims);
  }

  /** A tensor of {@code type} in whatever layout a primitive prefers. */
  static memory.desc any(memory.data_type type, long... dims) {
    return new memory.desc(dims, type, memory.format_tag.any);
  }

  /**
   * Whether oneDNN runs bf16 natively on this CPU: its effective instruction set is
   * {@code avx512_core_bf16} or later (AVX512_BF16), and {@link #BF16_PROPERTY} is not false. Without it oneDNN's bf16 primitives are
   * reference or emulated code, slower than fp32.
   */
  public static boolean bf16Native() {
    if (!available() || !Boolean.parseBoolean(System.getProperty(BF16_PROPERTY, "true"))) {
      return false;
    }
    int isa = org.bytedeco.dnnl.global.dnnl.dnnl_get_effective_cpu_isa();
    int bf16 = org.bytedeco.dnnl.global.dnnl.dnnl_cpu_isa_avx512_core_bf16;   // a bit mask: later ISAs include it
    return (isa & bf16) == bf16;
  }

  /**
   * Refuses reference implementations for mixed precision, which oneDNN falls back to where it has no
   * optimized bf16 kernel for a shape: they are many times slower than fp32.
   *
   * @throws UnsupportedLayerException naming the primitive and its implementation
   */
  static void requireNative(org.bytedeco.dnnl.primitive_desc... pds) {
    for (org.bytedeco.dnnl.primitive_desc pd : pds) {
      String impl = implementation(pd);
      if (impl.startsWith("ref") || impl.contains(":ref")) {
        throw new UnsupportedLayerException("oneDNN has only its reference implementation (" + impl
            + ") for this primitive in bf16", null);
      }
    }
  }

  /** The name of the implementation oneDNN chose for {@code pd}, e.g. {@code jit_bf16:avx512_core_bf16}. */
  static String implementation(org.bytedeco.dnnl.primitive_desc pd) {
    return pd.impl_info_str().getString();
  }

  /** A tensor with explicit element strides (Keras's kernel layouts that have no format tag). */
  static memory.desc strided(long[] dims, long[] strides) {
    return new memory.desc(dims, memory.data_type.f32, strides);
  }

  /** A memory object with no buffer yet, to be {@linkplain #bind bound} to arrays on each call. */
  static memory unbound(memory.desc desc) {
    return new memory(desc, engine(), new Pointer());
  }

  /** A memory object owning a buffer of its own (blocked weights, reordered copies). */
  static memory owned(memory.desc desc) {
    return new memory(desc, engine());
  }

  /** Points {@code memory} at {@code array}'s values (a view's offset included). */
  static void bind(memory memory, INDArray array) {
    memory.set_data_handle(array.data().addressPointer(), stream());
  }
}
