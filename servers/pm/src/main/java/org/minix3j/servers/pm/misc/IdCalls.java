package org.minix3j.servers.pm.misc;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.servers.pm.Reply;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;

/**
 * Identity calls (MINIX's getset.c): pids, user and group ids, process groups and sessions,
 * and GETEPINFO for system processes. VFS is told of every change of ids and of new sessions.
 *
 * <p>setpgid's rules (POSIX): the target is the caller or a child of it (ESRCH otherwise) in
 * the same session that has not exec'd (EACCES); a session leader's group cannot change
 * (EPERM); the group joined is the target's own pid or an existing group of the session
 * (EPERM).
 */
public final class IdCalls {
  private final ProcessTable table;
  private final Peers peers;

  public IdCalls(ProcessTable table, Peers peers) {
    this.table = table;
    this.peers = peers;
  }

  /** GETPID: result pid; out w0 parent pid, w1 group, w2 session. */
  public Reply getpid(PmProcess caller, Message request, Message reply) {
    int parentPid = caller.parentSlot < 0 ? 0 : table.slot(caller.parentSlot).pid;
    reply.setPayload(0, parentPid);
    reply.setPayload(1, caller.pgid);
    reply.setPayload(2, caller.sid);
    return Reply.of(caller.pid);
  }

  /** GETUID: result real uid; out w0 effective uid. */
  public Reply getuid(PmProcess caller, Message request, Message reply) {
    reply.setPayload(0, caller.effectiveUid);
    return Reply.of(caller.realUid);
  }

  /** GETGID: result real gid; out w0 effective gid. */
  public Reply getgid(PmProcess caller, Message request, Message reply) {
    reply.setPayload(0, caller.effectiveGid);
    return Reply.of(caller.realGid);
  }

  /** SETUID: w0 uid. Root sets both; others may set the effective uid to the real one. */
  public Reply setuid(PmProcess caller, Message request, Message reply) {
    int uid = request.payload(0);
    if (uid < 0) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    if (caller.effectiveUid == 0) {
      caller.realUid = uid;
      caller.effectiveUid = uid;
    } else if (uid == caller.realUid) {
      caller.effectiveUid = uid;
    } else {
      return Reply.of(Errno.EPERM.wireValue());
    }
    tellVfs(caller);
    return Reply.ok();
  }

  /** SETGID: w0 gid, with the rules of setuid. */
  public Reply setgid(PmProcess caller, Message request, Message reply) {
    int gid = request.payload(0);
    if (gid < 0) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    if (caller.effectiveUid == 0) {
      caller.realGid = gid;
      caller.effectiveGid = gid;
    } else if (gid == caller.realGid) {
      caller.effectiveGid = gid;
    } else {
      return Reply.of(Errno.EPERM.wireValue());
    }
    tellVfs(caller);
    return Reply.ok();
  }

  /** SETPGID: w0 pid (0: the caller), w1 pgid (0: that pid). */
  public Reply setpgid(PmProcess caller, Message request, Message reply) {
    int pid = request.payload(0);
    int pgid = request.payload(1);
    if (pid < 0 || pgid < 0) {
      return Reply.of(Errno.EINVAL.wireValue());
    }
    @Nullable PmProcess target = pid == 0 ? caller : table.byPid(pid);
    if (target == null || !target.alive()
        || (target != caller && target.parentSlot != caller.slot)) {
      return Reply.of(Errno.ESRCH.wireValue());
    }
    if (target != caller && target.sid != caller.sid) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    if (target != caller && target.execed) {
      return Reply.of(Errno.EACCES.wireValue());
    }
    if (target.sid == target.pid) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    int group = pgid == 0 ? target.pid : pgid;
    if (group != target.pid && !table.groupExists(group, caller.sid)) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    target.pgid = group;
    return Reply.ok();
  }

  /** SETSID: result the new session (the caller's pid); EPERM for a group leader. */
  public Reply setsid(PmProcess caller, Message request, Message reply) {
    if (caller.pgid == caller.pid) {
      return Reply.of(Errno.EPERM.wireValue());
    }
    caller.sid = caller.pid;
    caller.pgid = caller.pid;
    int unused = peers.vfs(PmToVfs.SETSID, caller.endpoint);
    return Reply.of(caller.sid);
  }

  /** GETPGID: w0 pid (0: the caller); result its group. */
  public Reply getpgid(PmProcess caller, Message request, Message reply) {
    @Nullable PmProcess target = lookup(caller, request.payload(0));
    return target == null ? Reply.of(Errno.ESRCH.wireValue()) : Reply.of(target.pgid);
  }

  /** GETSID: w0 pid (0: the caller); result its session. */
  public Reply getsid(PmProcess caller, Message request, Message reply) {
    @Nullable PmProcess target = lookup(caller, request.payload(0));
    return target == null ? Reply.of(Errno.ESRCH.wireValue()) : Reply.of(target.sid);
  }

  /** GETEPINFO: w0 endpoint; result its pid; out w0 effective uid, w1 effective gid, w2 real uid. */
  public Reply getepinfo(int source, Message request, Message reply) {
    @Nullable PmProcess target = table.byEndpoint(request.payload(0));
    if (target == null) {
      return Reply.of(Errno.ESRCH.wireValue());
    }
    reply.setPayload(0, target.effectiveUid);
    reply.setPayload(1, target.effectiveGid);
    reply.setPayload(2, target.realUid);
    return Reply.of(target.pid);
  }

  private @Nullable PmProcess lookup(PmProcess caller, int pid) {
    if (pid < 0) {
      return null;
    }
    return pid == 0 ? caller : table.byPid(pid);
  }

  private void tellVfs(PmProcess process) {
    int unused = peers.vfs(PmToVfs.SETIDS, process.endpoint, process.realUid,
        process.effectiveUid, process.realGid, process.effectiveGid);
  }
}
