package org.minix3j.servers.vfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.FsRequests;

/**
 * What PM tells VFS about processes (PmToVfs; MINIX's misc.c pm_* calls): init, fork, exit,
 * ids, setsid, the end of an exec (close-on-exec), unpause and reboot. Only PM may send these.
 */
final class ForkExit {
  private ForkExit() {}

  /** INIT_PROCESS: w0 endpoint, w1 pid. Root ids, at the root, a session leader. */
  static Reply initProcess(Context ctx, Message request) {
    int endpoint = request.payload(0);
    Vnode root = ctx.rootVnode;
    if (root == null) {
      throw new FsError(Errno.ENXIO);
    }
    int slot = slotOf(endpoint);
    dropStale(ctx, slot);
    Vnodes vnodes = ctx.vnodes();
    Proc proc = new Proc(endpoint, request.payload(1), vnodes.dup(root), vnodes.dup(root));
    proc.sessionLeader = true;
    proc.processGroup = proc.pid;
    ctx.procs[slot] = proc;
    return Reply.ok();
  }

  /** FORK: w0 parent, w1 child, w2 child pid. The child shares the parent's open files. */
  static Reply fork(Context ctx, Message request) {
    Proc parent = ctx.requireProc(request.payload(0));
    int childEndpoint = request.payload(1);
    int slot = slotOf(childEndpoint);
    dropStale(ctx, slot);
    Vnodes vnodes = ctx.vnodes();
    Proc child = new Proc(childEndpoint, request.payload(2), vnodes.dup(parent.cwd), vnodes.dup(parent.root));
    for (int fd = 0; fd < Limits.OPEN_MAX; fd++) {
      Filp filp = parent.descriptors[fd];
      if (filp != null) {
        filp.count++;
        child.descriptors[fd] = filp;
        child.closeOnExec[fd] = parent.closeOnExec[fd];
      }
    }
    child.umask = parent.umask;
    child.realUid = parent.realUid;
    child.effectiveUid = parent.effectiveUid;
    child.realGid = parent.realGid;
    child.effectiveGid = parent.effectiveGid;
    child.processGroup = parent.processGroup;
    child.controllingTty = parent.controllingTty;
    ctx.procs[slot] = child;
    return Reply.ok();
  }

  /** EXIT: w0 endpoint. Cancels what it waits for, closes its descriptors. */
  static Reply exit(Context ctx, Message request) {
    Proc proc = ctx.proc(request.payload(0));
    if (proc != null) {
      remove(ctx, proc);
    }
    return Reply.ok();
  }

  /** SETIDS: w0 endpoint, w1 real uid, w2 effective uid, w3 real gid, w4 effective gid. */
  static Reply setIds(Context ctx, Message request) {
    Proc proc = ctx.requireProc(request.payload(0));
    proc.realUid = request.payload(1);
    proc.effectiveUid = request.payload(2);
    proc.realGid = request.payload(3);
    proc.effectiveGid = request.payload(4);
    return Reply.ok();
  }

  /** SETSID: w0 endpoint. A session leader without a controlling terminal. */
  static Reply setsid(Context ctx, Message request) {
    Proc proc = ctx.requireProc(request.payload(0));
    proc.sessionLeader = true;
    proc.controllingTty = Proc.NO_TTY;
    proc.processGroup = proc.pid;
    return Reply.ok();
  }

  /** SETPGRP: w0 endpoint, w1 process group. */
  static Reply setProcessGroup(Context ctx, Message request) {
    Proc proc = ctx.requireProc(request.payload(0));
    proc.processGroup = request.payload(1);
    return Reply.ok();
  }

  /** EXEC_DONE: w0 endpoint. Closes the close-on-exec descriptors. */
  static Reply execDone(Context ctx, Message request) {
    Proc proc = ctx.requireProc(request.payload(0));
    for (int fd = 0; fd < Limits.OPEN_MAX; fd++) {
      if (proc.closeOnExec[fd] && proc.descriptors[fd] != null) {
        OpenFiles.closeDescriptor(ctx, proc, fd);
      }
    }
    return Reply.ok();
  }

  /** UNPAUSE: w0 endpoint. A suspended call ends with EINTR. */
  static Reply unpause(Context ctx, Message request) {
    Proc proc = ctx.proc(request.payload(0));
    if (proc != null && proc.suspended != null) {
      cancel(ctx, proc, false);
    }
    return Reply.ok();
  }

  /** REBOOT: every file system synced. */
  static Reply reboot(Context ctx, Message request) {
    ctx.fs().call(FsRequests.SYNC);
    return Reply.ok();
  }

  /** Ends {@code proc}'s suspended call; answers EINTR unless the process is {@code exiting}. */
  static void cancel(Context ctx, Proc proc, boolean exiting) {
    Suspension suspended = proc.suspended;
    if (suspended == null) {
      return;
    }
    switch (suspended) {
      case Suspension.DeviceIo io -> CharDevices.cancel(ctx, proc, io, exiting);
      case Suspension.PipeIo io -> {
        proc.suspended = null;
        if (!exiting) {
          ctx.reply(proc.endpoint, io.done > 0 ? Reply.of(io.done) : Reply.error(Errno.EINTR));
        }
      }
      case Suspension.SelectWait wait -> {
        proc.suspended = null;
        Select.rearm(ctx);
        if (!exiting) {
          ctx.reply(proc.endpoint, Reply.error(Errno.EINTR));
        }
      }
    }
  }

  private static void remove(Context ctx, Proc proc) {
    cancel(ctx, proc, true);
    ctx.procs[slotOf(proc.endpoint)] = null;
    for (int fd = 0; fd < Limits.OPEN_MAX; fd++) {
      if (proc.descriptors[fd] != null) {
        OpenFiles.closeDescriptor(ctx, proc, fd);
      }
    }
    ctx.vnodes().put(proc.cwd);
    ctx.vnodes().put(proc.root);
  }

  /** A process whose exit VFS never heard of still holds the slot: clean it up. */
  private static void dropStale(Context ctx, int slot) {
    Proc stale = ctx.procs[slot];
    if (stale != null) {
      remove(ctx, stale);
    }
  }

  private static int slotOf(int endpoint) {
    if (!Endpoint.isProcess(endpoint) || Endpoint.slot(endpoint) >= SystemSlots.TABLE_SIZE) {
      throw new FsError(Errno.EINVAL);
    }
    return Endpoint.slot(endpoint);
  }
}
