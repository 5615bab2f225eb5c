package org.minix3j.servers.vfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.DsCalls;

/**
 * VFS, the virtual file system server: descriptors, path names, pipes, devices and the mount
 * of the root file system, for every user process (MINIX's vfs/main.c).
 *
 * <p>Start: find the root file server's endpoint in DS (its label, retried while DS says
 * ESRCH), subscribe to {@code driver\.major\..*} for the major-to-driver table, find the root
 * device's driver, mount the root (FsRequests.MOUNT with the standing name grant). Then the
 * MINIX loop: receive from ANY, notifications first, dispatch through {@link CallTable}, reply
 * unless the call suspended. A request that breaks a handler gets EIO; VFS keeps running.
 */
public final class VirtualFileSystem implements SystemProcess {
  /** Key pattern of the drivers' majors in DS. */
  static final String DRIVER_PATTERN = "driver\\.major\\..*";

  private final VfsConfig config;

  public VirtualFileSystem(VfsConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    Context ctx = new Context(sys, config);
    CallTable calls = start(ctx);
    Message message = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, message) < 0) {
        continue;
      }
      try {
        calls.handle(ctx, message);
      } catch (RuntimeException e) {
        if (!message.isNotification()) {
          ctx.reply(message.source(), Reply.error(Errno.EIO));
        }
      }
    }
  }

  /** Everything before the loop; returns the call table. The root stays unmounted on failure. */
  static CallTable start(Context ctx) {
    DataStore ds = new DataStore(ctx.sys);
    ctx.dataStore = ds;
    ds.subscribe(DRIVER_PATTERN, DsCalls.INITIAL);
    ds.update(ctx);
    int fsEndpoint = ds.retrieveWaiting(ctx.config.rootFsLabel(), DsCalls.KIND_LABEL);
    int driver = ds.lookupDriver(ctx, Devices.major(ctx.config.rootDevice()));
    if (fsEndpoint >= 0 && driver >= 0) {
      FileServer fs = new FileServer(ctx.sys, fsEndpoint);
      Vnodes vnodes = new Vnodes(fs);
      ctx.fs = fs;
      ctx.vnodes = vnodes;
      try {
        ctx.rootVnode = vnodes.get(fs.mount(ctx.config.rootDevice(), driver));
      } catch (FsError e) {
        ctx.rootVnode = null;
      }
    }
    return new CallTable(ds);
  }
}
