package dev.lamina.runtime.kernel.onednn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC_0;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC_1;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.binary;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive_attr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code y += alpha * x} on {@code FLOAT} vectors with one oneDNN binary primitive, in place: the
 * plain SGD update of a model's flat parameter buffer. Runs on the same threads as the layers' kernels
 * (a BLAS call here would start a second thread pool that competes with them for the cores). The
 * primitive is rebuilt only when the length or {@code alpha} (the learning rate) changes.
 */
public final class Axpy {
  private long length = -1;
  private float alpha = Float.NaN;
  private binary primitive;
  private memory x;
  private memory y;
  private final IntMemoryMap args = new IntMemoryMap();

  /** {@code y += alpha * x}; both flat {@code FLOAT} arrays of one length. */
  public void apply(double alpha, INDArray x, INDArray y) {
    float a = (float) alpha;
    if (x.length() != length || Float.compare(a, this.alpha) != 0) {
      build(x.length(), a);
    }
    Onednn.bind(this.x, x);
    Onednn.bind(this.y, y);
    primitive.execute(Onednn.stream(), args);
    Onednn.stream()._wait();
  }

  private void build(long n, float a) {
    memory.desc md = Onednn.vector(n);
    primitive_attr attr = new primitive_attr();
    attr.set_scales(DNNL_ARG_SRC_1, 0, new float[] {a});
    primitive = new binary(new binary.primitive_desc(new binary.desc(algorithm.binary_add, md, md, md), attr,
        Onednn.engine()));
    x = Onednn.unbound(md);
    y = Onednn.unbound(md);
    args.put(DNNL_ARG_SRC_0, y);
    args.put(DNNL_ARG_SRC_1, x);
    args.put(DNNL_ARG_DST, y);
    length = n;
    alpha = a;
  }
}
