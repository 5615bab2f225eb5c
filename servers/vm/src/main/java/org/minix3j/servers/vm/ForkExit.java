package org.minix3j.servers.vm;

import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemSlots;
import org.minix3j.servers.vm.memory.VmFailure;
import org.minix3j.servers.vm.space.AddressSpace;

/**
 * FORK and EXIT (MINIX's forkexit): a child's space as a copy of its parent's, text shared and
 * every other page copied frame by frame; and the release of every frame of a process that
 * ended.
 */
final class ForkExit {
  private final VmContext context;

  ForkExit(VmContext context) {
    this.context = context;
  }

  /**
   * FORK: the child's page directory. EINVAL for a parent or child slot that is not a user
   * slot (or the same slot) and for a parent VM built no space for; ENOMEM, with nothing
   * allocated, when the pool cannot hold the copy.
   */
  Reply fork(Request.Fork request) {
    int parentSlot = VmContext.userSlot(request.parent());
    int childSlot = request.childSlot();
    if (parentSlot < 0 || !SystemSlots.isUser(childSlot) || childSlot == parentSlot) {
      return Reply.error(Errno.EINVAL);
    }
    AddressSpace parent = context.space(parentSlot);
    if (parent == null) {
      return Reply.error(Errno.EINVAL);
    }
    context.releaseSpace(childSlot);
    context.releaseBuilding(childSlot);
    if (parent.framesToFork() > context.frames.freeFrames()) {
      return Reply.error(Errno.ENOMEM);
    }
    try {
      AddressSpace child = parent.forkCopy(context.memory, context.frames, context.texts);
      context.setSpace(childSlot, child);
      return Reply.ok((int) child.pageDirectory());
    } catch (VmFailure failure) {
      return Reply.error(failure.errno());
    }
  }

  /** EXIT: every frame of the process freed (its space and any exec image being built). */
  Reply exit(Request.Exit request) {
    int slot = VmContext.userSlot(request.process());
    if (slot < 0) {
      return Reply.error(Errno.EINVAL);
    }
    context.releaseBuilding(slot);
    context.releaseSpace(slot);
    return Reply.ok();
  }
}
