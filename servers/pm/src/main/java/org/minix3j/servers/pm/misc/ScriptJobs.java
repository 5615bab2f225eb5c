package org.minix3j.servers.pm.misc;

import java.util.ArrayDeque;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.MessageLayout;
import org.minix3j.abi.SystemSlots;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.table.Blocked;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * RS's policy scripts (RUN_SCRIPT, NEXT_SCRIPT): RS asks PM to start a script for a failed
 * service; PM hands the job to the root process waiting in NEXT_SCRIPT (init's script runner,
 * which starts it as init's child), or keeps it until one asks. PM never reads the job: its
 * words go from RS to the runner unchanged.
 *
 * <p>The job's words are {@link org.minix3j.abi.protocol.PmCalls#RUN_SCRIPT}'s. Invariants:
 * RUN_SCRIPT comes from RS's slot only; at most {@link #MOST_QUEUED} jobs wait;
 * at most one process waits in NEXT_SCRIPT ({@link Blocked#SCRIPT_WAITING}), found by looking
 * at the table, so a runner that died or was interrupted is simply not there.
 */
public final class ScriptJobs {
  /** The most jobs PM keeps before RS hears EAGAIN. */
  public static final int MOST_QUEUED = 8;

  private final ProcessTable table;
  private final Peers peers;
  private final ArrayDeque<int[]> queued = new ArrayDeque<>();

  public ScriptJobs(ProcessTable table, Peers peers) {
    this.table = table;
    this.peers = peers;
  }

  /** RUN_SCRIPT (RS only): the job to the waiting runner, or queued; EAGAIN if full. */
  public Reply run(int source, Message request, Message reply) {
    if (!Endpoint.isProcess(source) || Endpoint.slot(source) != SystemSlots.RS) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    int[] job = new int[MessageLayout.PAYLOAD_WORDS];
    for (int i = 0; i < job.length; i++) {
      job[i] = request.payload(i);
    }
    PmProcess runner = waitingRunner();
    if (runner != null) {
      runner.blocked = Blocked.NONE;
      Message toRunner = new Message();
      put(job, toRunner);
      toRunner.setType(0);
      peers.reply(runner.endpoint, toRunner);
      return Reply.ok();
    }
    if (queued.size() >= MOST_QUEUED) {
      return Reply.of(Errno.EAGAIN.wireValue());
    }
    queued.add(job);
    return Reply.ok();
  }

  /** NEXT_SCRIPT (root only): the next job now, or the caller waits for one; EBUSY for two. */
  public Reply next(PmProcess caller, Message request, Message reply) {
    if (caller.effectiveUid != 0) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    int[] job = queued.poll();
    if (job != null) {
      put(job, reply);
      return Reply.ok();
    }
    if (waitingRunner() != null) {
      return Reply.of(Errno.EBUSY.wireValue());
    }
    caller.blocked = Blocked.SCRIPT_WAITING;
    return Reply.DEFERRED;
  }

  private @Nullable PmProcess waitingRunner() {
    for (int slot = SystemSlots.FIRST_USER; slot < SystemSlots.TABLE_SIZE; slot++) {
      PmProcess process = table.slot(slot);
      if (process.inUse && !process.zombie && process.blocked == Blocked.SCRIPT_WAITING) {
        return process;
      }
    }
    return null;
  }

  private static void put(int[] job, Message into) {
    for (int i = 0; i < job.length; i++) {
      into.setPayload(i, job[i]);
    }
  }
}
