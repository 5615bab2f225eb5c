package org.minix3j.servers.vm;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.servers.vm.memory.PageBits;
import org.minix3j.servers.vm.memory.VmFailure;
import org.minix3j.servers.vm.space.AddressSpace;

/**
 * BRK (MINIX's break): moves a process's break between the end of its highest segment (bss
 * included) and {@link UserLayout#BREAK_LIMIT}; it starts at the page after that segment. The
 * heap pages run from there to the break rounded up to a page; new ones are zeroed, dropped
 * ones freed. All or nothing.
 */
final class Break {
  private static final int PAGE = UserLayout.PAGE_SIZE;
  private static final long LIMIT = Integer.toUnsignedLong(UserLayout.BREAK_LIMIT);

  private final VmContext context;

  Break(VmContext context) {
    this.context = context;
  }

  /** BRK: the new break (or the current one when asked with 0); ENOMEM out of range or frames. */
  Reply brk(Request.Brk request) {
    int slot = VmContext.userSlot(request.process());
    AddressSpace space = slot < 0 ? null : context.space(slot);
    if (space == null) {
      return Reply.error(Errno.EINVAL);
    }
    long current = space.breakAddress();
    long wanted = request.address();
    if (wanted == 0) {
      return Reply.ok((int) current);
    }
    if (wanted < space.lowestBreak() || wanted > LIMIT) {
      return Reply.error(Errno.ENOMEM, (int) current);
    }
    long oldEnd = Math.max(space.heapBase(), AddressSpace.roundUp(current));
    long newEnd = Math.max(space.heapBase(), AddressSpace.roundUp(wanted));
    try {
      if (newEnd > oldEnd) {
        grow(space, oldEnd, newEnd);
      } else if (newEnd < oldEnd) {
        shrink(space, newEnd, oldEnd);
      }
    } catch (VmFailure failure) {
      return Reply.error(failure.errno(), (int) current);
    }
    space.setBreak(wanted);
    return Reply.ok((int) wanted);
  }

  private void grow(AddressSpace space, long from, long to) {
    long needed = (to - from) / PAGE + space.tables().tablesNeeded(from, to);
    if (needed > context.frames.freeFrames()) {
      throw new VmFailure(Errno.ENOMEM, "brk needs " + needed + " frames");
    }
    long mapped = from;
    try {
      for (; mapped < to; mapped += PAGE) {
        space.mapPrivate(mapped, PageBits.DATA, null, context.memory, context.frames);
      }
    } catch (VmFailure failure) {
      // Nothing reached the page tables in memory yet: forget the pages and free their frames.
      List<Long> dropped = new ArrayList<>();
      for (long at = from; at < mapped; at += PAGE) {
        space.unmapPrivate(at, dropped);
      }
      dropped.forEach(context.frames::free);
      throw failure;
    }
    // A failure here leaves the new frames allocated: the tables in memory may name them.
    space.flush(context.memory, context.frames);
  }

  /**
   * Unmaps the heap pages [{@code from}, {@code to}) and frees their frames once the tables in
   * memory no longer map them (if writing the tables fails, the frames stay allocated).
   */
  private void shrink(AddressSpace space, long from, long to) {
    List<Long> dropped = new ArrayList<>();
    for (long at = from; at < to; at += PAGE) {
      space.unmapPrivate(at, dropped);
    }
    space.flush(context.memory, context.frames);
    for (long frame : dropped) {
      context.frames.free(frame);
    }
  }
}
