package org.minix3j.servers.pm.misc;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * BRK (passed on to VM), REBOOT (root only: every user process ends, VFS syncs, the machine
 * stops) and GETPROCS (one process-table entry per call, for ps: user processes from PM's
 * table, system processes from the kernel's).
 */
public final class MiscCalls {
  private final SystemCalls sys;
  private final ProcessTable table;
  private final Peers peers;

  public MiscCalls(SystemCalls sys, ProcessTable table, Peers peers) {
    this.sys = sys;
    this.table = table;
    this.peers = peers;
  }

  /** BRK: w0 the new break (0 asks); result 0 or ENOMEM; out w0 the break. */
  public Reply brk(PmProcess caller, Message request, Message reply) {
    Message answer = peers.vm(VmCalls.BRK, caller.endpoint, request.payload(0));
    int result = answer.type();
    reply.setPayload(0, answer.payload(0));
    return Reply.of(result);
  }

  /** REBOOT: w0 how, w1 the status the machine reports; no reply on success. */
  public Reply reboot(PmProcess caller, Message request, Message reply) {
    if (caller.effectiveUid != 0) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    int how = request.payload(0);
    if (how != PmCalls.REBOOT_HALT && how != PmCalls.REBOOT_POWEROFF) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    for (int slot = SystemSlots.TABLE_SIZE - 1; slot >= SystemSlots.FIRST_USER; slot--) {
      PmProcess process = table.slot(slot);
      if (process.alive()) {
        int unusedExit = sys.exit(process.endpoint);
        int unusedVfs = peers.vfs(PmToVfs.EXIT, process.endpoint);
        process.zombie = true;
        process.blocked = Blocked.NONE;
      }
    }
    int unused = peers.vfs(PmToVfs.REBOOT);
    int refused = sys.shutdown(request.payload(1));
    return refused < 0 ? Reply.of(refused) : Reply.NONE;
  }

  /**
   * GETPROCS: w0 the table index to start at; result the index returned (ESRCH past the last);
   * out w0 pid, w1 parent pid, w2 group, w3 uid, w4 state, w5/w6 user/system ticks, w7
   * endpoint, w8-w11 name.
   */
  public Reply getprocs(int source, Message request, Message reply) {
    int start = request.payload(0);
    if (start < 0) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    List<ProcessInfo> snapshot = new ArrayList<>();
    int count = sys.processTable(snapshot);
    if (count < 0) {
      snapshot.clear();
    }
    for (int index = start; index < SystemSlots.TABLE_SIZE; index++) {
      @Nullable ProcessInfo kernel = bySlot(snapshot, index);
      if (SystemSlots.isUser(index)) {
        PmProcess process = table.slot(index);
        if (process.inUse) {
          fillUser(process, kernel, reply);
          return Reply.of(index);
        }
      } else if (kernel != null) {
        reply.setPayload(0, 0);
        reply.setPayload(1, 0);
        reply.setPayload(2, 0);
        reply.setPayload(3, 0);
        reply.setPayload(4, PmCalls.STATE_SYSTEM);
        reply.setPayload(5, (int) kernel.userTicks());
        reply.setPayload(6, (int) kernel.systemTicks());
        reply.setPayload(7, kernel.endpoint());
        ProcessNames.pack(kernel.name(), reply, 8);
        return Reply.of(index);
      }
    }
    return Reply.of(Errno.ESRCH.wireValue());
  }

  private void fillUser(PmProcess process, @Nullable ProcessInfo kernel, Message reply) {
    int parentPid = process.parentSlot < 0 ? 0 : table.slot(process.parentSlot).pid;
    reply.setPayload(0, process.pid);
    reply.setPayload(1, parentPid);
    reply.setPayload(2, process.pgid);
    reply.setPayload(3, process.realUid);
    reply.setPayload(4, state(process, kernel));
    long userTicks = process.userTicks;
    long systemTicks = process.systemTicks;
    if (kernel != null && !process.zombie) {
      userTicks = kernel.userTicks();
      systemTicks = kernel.systemTicks();
    }
    reply.setPayload(5, (int) userTicks);
    reply.setPayload(6, (int) systemTicks);
    reply.setPayload(7, process.endpoint);
    ProcessNames.pack(process.name, reply, 8);
  }

  private static int state(PmProcess process, @Nullable ProcessInfo kernel) {
    if (process.zombie) {
      return PmCalls.STATE_ZOMBIE;
    }
    if (process.stopped) {
      return PmCalls.STATE_STOPPED;
    }
    if (process.blocked != Blocked.NONE) {
      return PmCalls.STATE_SLEEPING;
    }
    if (kernel != null
        && (kernel.state().equals("receiving") || kernel.state().equals("sending"))) {
      return PmCalls.STATE_SLEEPING;
    }
    return PmCalls.STATE_RUNNING;
  }

  private static @Nullable ProcessInfo bySlot(List<ProcessInfo> snapshot, int slot) {
    for (ProcessInfo info : snapshot) {
      if (Endpoint.isProcess(info.endpoint()) && Endpoint.slot(info.endpoint()) == slot) {
        return info;
      }
    }
    return null;
  }
}
