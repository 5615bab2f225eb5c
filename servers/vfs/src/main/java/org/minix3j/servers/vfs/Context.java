package org.minix3j.servers.vfs;

import org.minix3j.abi.protocol.DsCalls;
import java.util.Arrays;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.DsCalls;

/**
 * Everything VFS knows, in one object handed to every handler (never statics): the kernel
 * handle, the process table (indexed by slot), the open-file count, the vnode table and the one
 * file server, the major-to-driver table, the counters for request and pipe ids.
 *
 * <p>Invariants: a process entry's endpoint is the live one of its slot; every descriptor's
 * {@link Filp} counts that descriptor; every {@link Proc#cwd} and {@link Proc#root} counts one
 * vnode reference.
 */
final class Context {
  final SystemCalls sys;
  final VfsConfig config;
  final UserCopy user;
  final @Nullable Proc[] procs = new @Nullable Proc[SystemSlots.TABLE_SIZE];
  final int[] drivers = new int[256];
  @Nullable FileServer fs;
  @Nullable Vnodes vnodes;
  @Nullable Vnode rootVnode;
  int openFiles;
  /** The absolute tick of the alarm set for selects, 0 for none. */
  long alarm;
  int lostCloses;
  long bootTime = -1;
  /** Block special files. */
  final BlockDevices blockDevices = new BlockDevices();
  /** Block devices written through their special files since their last flush ({@link BlockFlush}). */
  final TreeSet<Integer> unflushed = new TreeSet<>();
  /** Where the boot time comes from (set at start). */
  @Nullable DataStore dataStore;
  private int nextRequestId = 1;
  private int nextPipeId = 1;

  Context(SystemCalls sys, VfsConfig config) {
    this.sys = sys;
    this.config = config;
    this.user = new UserCopy(sys);
    Arrays.fill(drivers, Endpoint.NONE);
  }

  /** The process entry of {@code endpoint}, or null if VFS does not know it. */
  @Nullable Proc proc(int endpoint) {
    if (!Endpoint.isProcess(endpoint)) {
      return null;
    }
    Proc proc = procs[Endpoint.slot(endpoint) % procs.length];
    return proc != null && proc.endpoint == endpoint ? proc : null;
  }

  Proc requireProc(int endpoint) {
    Proc proc = proc(endpoint);
    if (proc == null) {
      throw new FsError(Errno.ESRCH);
    }
    return proc;
  }

  FileServer fs() {
    FileServer server = fs;
    if (server == null) {
      throw new FsError(Errno.ENXIO);
    }
    return server;
  }

  Vnodes vnodes() {
    Vnodes table = vnodes;
    if (table == null) {
      throw new FsError(Errno.ENXIO);
    }
    return table;
  }

  /** The driver of {@code major}, or ENXIO. */
  int driver(int major) {
    int endpoint = drivers[major & 0xff];
    if (endpoint == Endpoint.NONE) {
      throw new FsError(Errno.ENXIO);
    }
    return endpoint;
  }

  /** Takes a slot of the system open-file table, or ENFILE. */
  void reserveFilp() {
    if (openFiles >= Limits.NR_OPEN_FILES) {
      throw new FsError(Errno.ENFILE);
    }
    openFiles++;
  }

  int newRequestId() {
    int id = nextRequestId;
    nextRequestId = nextRequestId == Integer.MAX_VALUE ? 1 : nextRequestId + 1;
    return id;
  }

  int newPipeId() {
    return nextPipeId++;
  }

  /** Answers {@code endpoint}; a dead caller (EDEADSRCDST) is not an error. */
  void reply(int endpoint, Reply reply) {
    Message message = reply.toMessage();
    sys.send(endpoint, message);
  }

  /**
   * Seconds since 1970 now, from PM's boot time in DS and the uptime; until DS has the boot
   * time (PM publishes it early in the boot), every call asks again.
   */
  int now() {
    DataStore store = dataStore;
    if (bootTime < 0 && store != null) {
      int published = store.retrieve(DsCalls.BOOT_TIME_KEY, DsCalls.KIND_U32);
      if (published >= 0) {
        bootTime = published;
      }
    }
    long ticks = sys.uptime();
    int perSecond = Math.max(1, sys.ticksPerSecond());
    return (int) (Math.max(bootTime, 0) + Math.max(ticks, 0) / perSecond);
  }
}
