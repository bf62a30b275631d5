package dev.lamina.runtime.kernel.onednn;

import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.reorder;

/**
 * Weights (or their gradient) as one primitive wants them, next to the Keras-layout array they come
 * from (or go to): when the layouts differ, an owned buffer in the primitive's layout and the
 * reorder between the two; when they agree, the user's memory itself.
 */
final class WeightsCopy {
  private final memory user;
  private final memory primitive;
  private final reorder reorder;
  private final boolean toUser;
  private final boolean constant;
  private boolean synced;

  /**
   * @param user the Keras-layout memory, rebound to the parameter's array before each call
   * @param wanted the layout the primitive asks for
   * @param toUser whether values flow from the primitive's layout to the user's (a gradient), rather
   *     than from the user's to the primitive's (weights)
   * @param constant whether the user's values never change, so that one copy is enough
   */
  WeightsCopy(memory user, memory.desc wanted, boolean toUser, boolean constant) {
    this(user, wanted, toUser, constant, 1f);
  }

  /**
   * A copy that also multiplies every value by {@code scale} (a reorder's output scale), so that a
   * separate scaling pass over the tensor is not needed.
   *
   * @param scale the factor; 1 for a plain copy
   */
  WeightsCopy(memory user, memory.desc wanted, boolean toUser, boolean constant, float scale) {
    this.user = user;
    this.toUser = toUser;
    this.constant = constant;
    if (user.get_desc().equals(wanted) && scale == 1f) {
      this.primitive = user;
      this.reorder = null;
    } else {
      this.primitive = Onednn.owned(wanted);
      org.bytedeco.dnnl.primitive_attr attr = new org.bytedeco.dnnl.primitive_attr();
      if (scale != 1f) {
        attr.set_output_scales(0, new float[] {scale});
      }
      this.reorder = toUser ? new reorder(primitive, user, attr) : new reorder(user, primitive, attr);
    }
  }

  /** The memory to pass to the primitive. */
  memory primitive() {
    return primitive;
  }

  /**
   * Copies between the layouts, in this copy's direction (nothing when they agree, or when the values are
   * constant and were copied before).
   */
  void sync() {
    if (reorder != null && !(constant && synced)) {
      if (toUser) {
        reorder.execute(Onednn.stream(), primitive, user);
      } else {
        reorder.execute(Onednn.stream(), user, primitive);
      }
      synced = true;
    }
  }
}
