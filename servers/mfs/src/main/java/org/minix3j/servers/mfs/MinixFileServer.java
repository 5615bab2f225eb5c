package org.minix3j.servers.mfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;

/**
 * MFS, the MINIX V3 file server: serves VFS's {@code FsRequests} on one volume of MINIX V3 format
 * on a block device.
 *
 * <p>The loop is MINIX's: receive from ANY; a CLOCK notification is the periodic write-back of
 * dirty data (re-armed with SYS_SETALARM), DS's is a change of the driver's label (taken and
 * left to VFS's NEWDRIVER, or to the next request that finds the driver dead); a request from VFS is dispatched through the {@link
 * CallTable} (unknown: ENOSYS) and answered; requests from anyone else get EPERM. A handler that
 * finds the volume inconsistent throws {@link FsError} (EIO) before writing anything; an
 * unexpected runtime exception is answered with EIO as well, so no disk contents can crash the
 * server.
 *
 * <p>Block I/O survives its driver ({@link DeviceLink}, {@link DriverRecovery}): a request that
 * finds the driver dead waits for RS's new instance (DS names it), and is sent again there; VFS
 * sees the reply, not the failure. Only a driver that stays away ends the request with EIO.
 *
 * <p>Kernel calls used: SYS_SETALARM, SYS_TIMES, SYS_GRANT (the cache grant for the driver, the
 * key grant for DS), SYS_SAFECOPYFROM/TO and SYS_MEMSET (VFS's grants). IPC: receives from VFS
 * and notifications from CLOCK and DS (the only messages while it waits for a driver), SENDREC to the block driver and DS, SEND
 * (replies) to VFS.
 */
public final class MinixFileServer implements SystemProcess {
  private final MfsConfig config;

  public MinixFileServer(MfsConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    FsContext context = new FsContext(sys, config);
    CallTable table = new CallTable();
    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (!MountCalls.takeDeferred(context, request) && sys.receive(Endpoint.ANY, request) < 0) {
        continue;
      }
      if (request.isNotification()) {
        if (request.source() == Notification.CLOCK) {
          MountCalls.periodicSync(context);
        } else if (request.source() == config.dsEndpoint()) {
          MountCalls.driverNews(context);
        }
        continue;
      }
      reply.clear();
      int result = serve(context, table, request, reply);
      reply.setType(result);
      sys.send(request.source(), reply); // a dead caller (EDEADSRCDST) is no concern of ours
    }
  }

  /** One request: the result word of its reply (the payload goes into {@code reply}). */
  static int serve(FsContext context, CallTable table, Message request, Message reply) {
    if (request.source() != context.vfs()) {
      return Errno.EPERM.wireValue();
    }
    FsHandler handler = table.lookup(request.type());
    if (handler == null) {
      return Errno.ENOSYS.wireValue();
    }
    try {
      return handler.handle(context, request, reply);
    } catch (FsError e) {
      reply.clear();
      return e.errno.wireValue();
    } catch (RuntimeException e) {
      // last line of defence: whatever a corrupt volume makes of the code, the server survives
      context.unexpectedFailures++;
      reply.clear();
      return Errno.EIO.wireValue();
    }
  }
}
