package org.minix3j.servers.pm.forkexit;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Signals;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.misc.ProcessNames;
import org.minix3j.servers.pm.table.PmProcess;

/**
 * EXEC (MINIX's exec.c, PM's half): VFS checks and reads the file and has VM build the new
 * image; PM then switches the process to it with SYS_EXEC and tells VM and VFS it took effect.
 * On any failure the old image stays and the error is the reply. On success PM still sends a
 * reply: the kernel requires the process's SENDREC to complete and discards the message.
 *
 * <p>What exec changes in PM: caught signals go back to SIG_DFL (ignored ones stay ignored,
 * the mask and pending signals stay), set-user-id and set-group-id programs change the
 * effective ids, and the name ps shows.
 */
public final class Exec {
  private static final int NO_ID = -1;

  private final SystemCalls sys;
  private final Peers peers;

  public Exec(SystemCalls sys, Peers peers) {
    this.sys = sys;
    this.peers = peers;
  }

  /** EXEC: w0/w1 path pointer and length, w2/w3 frame pointer and length. */
  public Reply exec(PmProcess caller, Message request, Message reply) {
    int endpoint = caller.endpoint;
    Message image =
        peers.request(SystemSlots.VFS, PmToVfs.EXEC, endpoint,
            request.payload(0), request.payload(1), request.payload(2), request.payload(3));
    int result = image.type();
    if (result < 0) {
      return Reply.of(result);
    }
    int pageDirectory = image.payload(0);
    int entry = image.payload(1);
    int stack = image.payload(2);
    int setUid = image.payload(3);
    int setGid = image.payload(4);
    String name = ProcessNames.unpack(image, 5);
    int switched = sys.exec(endpoint, pageDirectory, entry, stack);
    if (switched < 0) {
      Message unused = peers.vm(VmCalls.EXEC_ABORT, endpoint);
      return Reply.of(switched == Errno.EDEADSRCDST.wireValue() ? switched
          : Errno.ENOEXEC.wireValue());
    }
    Message unusedVm = peers.vm(VmCalls.EXEC_DONE, endpoint);
    int unusedVfs = peers.vfs(PmToVfs.EXEC_DONE, endpoint);
    caller.execed = true;
    caller.name = name;
    for (int signal = 1; signal < Signals.NSIG; signal++) {
      if (caller.handlers[signal] != Signals.SIG_IGN) {
        caller.handlers[signal] = Signals.SIG_DFL;
        caller.actionFlags[signal] = 0;
        caller.actionMasks[signal] = 0;
      }
    }
    caller.trampoline = 0;
    boolean idsChanged = false;
    if (setUid != NO_ID && setUid >= 0) {
      caller.effectiveUid = setUid;
      idsChanged = true;
    }
    if (setGid != NO_ID && setGid >= 0) {
      caller.effectiveGid = setGid;
      idsChanged = true;
    }
    if (idsChanged) {
      int unused = peers.vfs(PmToVfs.SETIDS, endpoint, caller.realUid, caller.effectiveUid,
          caller.realGid, caller.effectiveGid);
    }
    return Reply.ok();
  }
}
