package org.minix3j.servers.vm;

import org.minix3j.abi.Errno;
import org.minix3j.servers.vm.elf.ElfCheck;
import org.minix3j.servers.vm.elf.ElfImage;
import org.minix3j.servers.vm.elf.ElfReader;
import org.minix3j.servers.vm.elf.ElfSource;
import org.minix3j.servers.vm.exec.FrameRelocation;
import org.minix3j.servers.vm.memory.VmFailure;
import org.minix3j.servers.vm.space.AddressSpace;

/**
 * EXEC_NEWMEM, EXEC_DONE and EXEC_ABORT (MINIX's exec): the new image is built beside the old
 * one, which stays intact until PM has switched the process over (DONE) or given up (ABORT).
 *
 * <p>EXEC_NEWMEM's checks, in order: target a user slot (EINVAL); frame length (E2BIG above
 * ARG_MAX, EINVAL below the minimum); the ELF (ENOEXEC); the frame's contents (EINVAL); then
 * the frames (ENOMEM). A grant that cannot be read gives EFAULT. Every failure leaves nothing
 * allocated and the old image untouched.
 */
final class Exec {
  private final VmContext context;

  Exec(VmContext context) {
    this.context = context;
  }

  /** EXEC_NEWMEM from {@code vfs}: the new page directory, entry point and stack pointer. */
  Reply newMemory(int vfs, Request.ExecNewMem request) {
    int slot = VmContext.userSlot(request.target());
    if (slot < 0 || request.fileLength() < 0) {
      return Reply.error(Errno.EINVAL);
    }
    int lengthCheck = FrameRelocation.checkLength(request.frameLength());
    if (lengthCheck != Errno.OK_VALUE) {
      return Reply.of(lengthCheck);
    }
    ElfSource file = (offset, into, intoOffset, length) ->
        context.sys.safecopyFrom(vfs, request.fileGrant(), offset, into, intoOffset, length);
    ElfCheck check = ElfReader.check(file, request.fileLength());
    if (check instanceof ElfCheck.Unreadable) {
      return Reply.error(Errno.EFAULT);
    }
    if (!(check instanceof ElfCheck.Accepted accepted)) {
      return Reply.error(Errno.ENOEXEC);
    }
    ElfImage image = accepted.image();
    byte[] frame = new byte[request.frameLength()];
    if (context.sys.safecopyFrom(vfs, request.frameGrant(), 0, frame, 0, frame.length)
        != Errno.OK_VALUE) {
      return Reply.error(Errno.EFAULT);
    }
    int relocation = FrameRelocation.relocate(frame);
    if (relocation != Errno.OK_VALUE) {
      return Reply.of(relocation);
    }
    context.releaseBuilding(slot);
    AddressSpace space;
    try {
      space = context.images.build(image, file, request.text(), frame);
    } catch (VmFailure failure) {
      return Reply.error(failure.errno());
    }
    context.setBuilding(slot, space);
    return Reply.ok((int) space.pageDirectory(), (int) image.entry(),
        (int) FrameRelocation.base(frame.length));
  }

  /** EXEC_DONE: the built image is now in force; the old one is freed. EINVAL if none was built. */
  Reply done(Request.ExecDone request) {
    int slot = VmContext.userSlot(request.process());
    AddressSpace built = slot < 0 ? null : context.building(slot);
    if (built == null) {
      return Reply.error(Errno.EINVAL);
    }
    context.releaseSpace(slot);
    context.setSpace(slot, built);
    context.setBuilding(slot, null);
    return Reply.ok();
  }

  /** EXEC_ABORT: the built image (if any) is freed; the old one stays. */
  Reply abort(Request.ExecAbort request) {
    int slot = VmContext.userSlot(request.process());
    if (slot < 0) {
      return Reply.error(Errno.EINVAL);
    }
    context.releaseBuilding(slot);
    return Reply.ok();
  }
}
