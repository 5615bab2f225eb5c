package org.minix3j.servers.vfs;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.CharDevice;

/**
 * What becomes of the requests a character driver held when it died, spec/Recovery.tla's rule
 * for character requests: they fail with EIO and are never sent again (a terminal read may have
 * taken input already, a write shown it), so each reached a driver at most once
 * (CharRequestsAtMostOnce). A request in flight when the driver dies ends in {@link
 * CharDevices} at once (the SENDREC's EDEADSRCDST); one the driver left pending (a read waiting
 * for input) ends here when DS names the driver's new instance: VFS holds no IPC open to a
 * driver for a suspended request, so it is DS's change that tells it the driver is gone.
 *
 * <p>The exception: print jobs. A driver that answers OPEN with CharDevice.REISSUABLE keeps its
 * writes' progress where its next instance finds it (the printer: a private DS key and its
 * port's latch), so such a write, pending or in flight, waits for the new instance and is sent
 * to it again, same id, a new grant over the same user buffer, CharDevice.REISSUE in w5; the
 * new instance goes on after the last byte printed, and the writer sees one answer with the
 * whole count. The jobs go again oldest first (request ids grow), the order the driver was
 * printing them in, so the one it was printing is again the first.
 *
 * <p>Entry point: {@link #driverReplaced}, from {@link DataStore} when a major's driver changes.
 */
final class CharRecovery {
  private CharRecovery() {}

  /**
   * DS says the driver of {@code major} is now {@code endpoint} (NONE: gone) instead of {@code
   * old} (NONE: none was known): every request suspended at {@code old} ends with EIO, except
   * a re-issuable write, which is sent to {@code endpoint} (with none, it waits, as do those
   * of the major that were waiting already). Selects ask the drivers again (a new instance
   * knows none of them).
   */
  // spec: Recovery!FSCheckDS (VFS takes the new endpoint from DS)
  static void driverReplaced(Context ctx, int major, int old, int endpoint) {
    List<Proc> reissued = new ArrayList<>();
    boolean anySelect = false;
    for (Proc proc : ctx.procs) {
      if (proc == null) {
        continue;
      }
      anySelect |= proc.suspended instanceof Suspension.SelectWait;
      if (!(proc.suspended instanceof Suspension.DeviceIo io)) {
        continue;
      }
      boolean waitingHere = io.reissue() && io.grantId() < 0
          && Devices.major(io.filp().device) == major;
      if (io.driver() != old && !waitingHere) {
        continue;
      }
      CharDevices.revoke(ctx, io.grantId());
      if (io.reissue()) {
        proc.suspended = waiting(io);
        if (endpoint != Endpoint.NONE) {
          reissued.add(proc);
        }
      } else {
        // spec: Recovery!FsPeerDied (FailsWithEIO: a character request is not re-issued)
        proc.suspended = null;
        ctx.reply(proc.endpoint, Reply.error(Errno.EIO));
      }
    }
    reissued.sort((a, b) -> Integer.compare(requestId(a) - requestId(b), 0));
    for (Proc proc : reissued) {
      if (proc.suspended instanceof Suspension.DeviceIo io) {
        // beyond the spec's rule for "char" (its CharReissued bug): the driver makes it exact
        reissue(ctx, proc, io, endpoint);
      }
    }
    if (anySelect) {
      Select.revive(ctx);
    }
  }

  /**
   * Sends {@code io}, a re-issuable write, to {@code driver}. Pending there: {@code proc} waits
   * for its REVIVE from that driver; answered: {@code proc} gets the answer; the driver dead
   * already: the write waits for the next change; refused otherwise: EIO.
   */
  static void reissue(Context ctx, Proc proc, Suspension.DeviceIo io, int driver) {
    Filp filp = io.filp();
    int grant = -1;
    if (io.count() > 0) {
      grant = ctx.sys.grantMagic(driver, GrantAccess.READ, proc.endpoint, io.address(), io.count());
      if (grant < 0) {
        proc.suspended = null;
        ctx.reply(proc.endpoint, Reply.error(Errno.EIO));
        return;
      }
    }
    Message message = Message.of(io.call(), io.minor(), io.requestId(), grant, io.count(),
        filp.position, (filp.flags & FileFlags.O_NONBLOCK)
            | CharDevice.REISSUE, proc.endpoint);
    int result = ctx.sys.sendrec(driver, message);
    if (result == Errno.EDEADSRCDST.wireValue()) {
      CharDevices.revoke(ctx, grant);
      proc.suspended = new Suspension.DeviceIo(driver, io.minor(), io.requestId(), -1, io.call(),
          filp, io.address(), io.count(), true);
      return;
    }
    Message reply;
    try {
      reply = CharDevices.checked(result, message);
    } catch (FsError e) {
      CharDevices.revoke(ctx, grant);
      proc.suspended = null;
      ctx.reply(proc.endpoint, Reply.error(e.errno()));
      return;
    }
    if (reply.payload(2) == CharDevice.SUSPENDED) {
      proc.suspended = new Suspension.DeviceIo(driver, io.minor(), io.requestId(), grant,
          io.call(), filp, io.address(), io.count(), true);
      return;
    }
    CharDevices.revoke(ctx, grant);
    proc.suspended = null;
    ctx.reply(proc.endpoint, CharDevices.finish(filp, io.call(), reply.payload(1)));
  }

  /** {@code io} without its grant: waiting for the driver's next instance. */
  private static Suspension.DeviceIo waiting(Suspension.DeviceIo io) {
    return new Suspension.DeviceIo(io.driver(), io.minor(), io.requestId(), -1, io.call(),
        io.filp(), io.address(), io.count(), true);
  }

  private static int requestId(Proc proc) {
    return proc.suspended instanceof Suspension.DeviceIo io ? io.requestId() : 0;
  }
}
