package org.minix3j.servers.vm;

import java.util.List;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.servers.vm.memory.VmFailure;
import org.minix3j.servers.vm.space.AddressSpace;
import org.minix3j.servers.vm.space.Region;

/**
 * VM's call table: decodes a request, checks that its caller may make it (PM for FORK, EXIT,
 * BRK, EXEC_DONE and EXEC_ABORT; VFS for EXEC_NEWMEM; anyone for INFO; otherwise EPERM), and
 * hands it to its handler. An unknown call number gets ENOSYS.
 */
public final class CallTable {
  private final VmContext context;
  private final ForkExit forkExit;
  private final Break breaks;
  private final Exec exec;

  /** A fresh VM: every frame of {@code configuration}'s pool free, no process known. */
  public CallTable(VmConfiguration configuration, SystemCalls sys) {
    this.context = new VmContext(configuration, sys);
    this.forkExit = new ForkExit(context);
    this.breaks = new Break(context);
    this.exec = new Exec(context);
  }

  /** The reply to {@code request}, which came from {@code caller}. */
  public Reply handle(int caller, Message request) {
    Request decoded = Request.decode(request);
    if (decoded == null) {
      return Reply.error(Errno.ENOSYS);
    }
    int callerSlot = Endpoint.isProcess(caller) ? Endpoint.slot(caller) : -1;
    boolean fromPm = callerSlot == SystemSlots.PM;
    try {
      return switch (decoded) {
        case Request.Fork fork -> fromPm ? forkExit.fork(fork) : denied();
        case Request.Exit exit -> fromPm ? forkExit.exit(exit) : denied();
        case Request.Brk brk -> fromPm ? breaks.brk(brk) : denied();
        case Request.ExecNewMem newMem ->
            callerSlot == SystemSlots.VFS ? exec.newMemory(caller, newMem) : denied();
        case Request.ExecDone done -> fromPm ? exec.done(done) : denied();
        case Request.ExecAbort abort -> fromPm ? exec.abort(abort) : denied();
        case Request.Info info -> info();
      };
    } catch (VmFailure failure) {
      return Reply.error(failure.errno());
    }
  }

  /** Free frames in the pool (for tests and INFO). */
  public int freeFrames() {
    return context.frames.freeFrames();
  }

  /** Frames in the pool. */
  public int totalFrames() {
    return context.frames.totalFrames();
  }

  /** VM's record of the regions of {@code slot}'s address space in force (empty if none). */
  public List<Region> regions(int slot) {
    AddressSpace space = SystemSlots.isUser(slot) ? context.space(slot) : null;
    return space == null ? List.of() : space.regions();
  }

  private Reply info() {
    return Reply.ok(UserLayout.PAGE_SIZE, context.frames.totalFrames(),
        context.frames.freeFrames(), context.texts.sharedFrames());
  }

  private static Reply denied() {
    return Reply.error(Errno.EPERM);
  }
}
