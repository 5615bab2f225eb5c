package org.minix3j.servers.vfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.DsCalls;

/**
 * Block special files (/dev/ram, /dev/c0d0): read and write straight to the block driver of the
 * file's major with the BlockDevice protocol. The driver moves whole sectors, so VFS goes through
 * a bounce buffer of its own: the sectors a request touches are read, the user's bytes copied
 * out of or into them, and for a write the sectors written back. Positions past the device's
 * end read as the end of file; a write there is ENOSPC.
 *
 * <p>Transparent recovery, as MFS's: a request whose driver died before or while it held it
 * (EDEADSRCDST from the SENDREC or as the reply) is not failed. VFS asks DS for the major's
 * driver ({@code driver.major.N}) until it names another endpoint than the dead one, sleeping on
 * SYS_SETALARM between two tries (each sleep twice the last, from {@link #FIRST_WAIT_MILLIS} to
 * {@link #LONGEST_WAIT_MILLIS}, for at most {@link #WAIT_LIMIT_SECONDS} of uptime), grants the
 * bounce buffer to the new instance and sends the same request there: a sector read or written
 * twice has the same effect as once. A select's alarm that a sleep replaced is armed again.
 *
 * <p>Replies are checked: a READ or WRITE must answer exactly the bytes asked for, GETSIZE OK.
 * A reply that is neither that nor an error the ABI knows is a garbled one, a fault of the
 * driver: the request is sent again, up to {@link #MAX_REISSUES} times. Only a driver that stays
 * gone, keeps dying ({@link #MAX_FOLLOWS} instances for one request) or keeps garbling ends the
 * request with EIO; a driver's own error (ENXIO without a disk) is the caller's error.
 */
final class BlockDevices {
  /** Bytes moved per driver request: a multiple of the sector size. */
  static final int CHUNK = 16 * BlockDevice.SECTOR_SIZE;

  /** New instances followed for one request before it ends with EIO. */
  static final int MAX_FOLLOWS = 8;

  /** Garbled replies to one request before it ends with EIO. */
  static final int MAX_REISSUES = 4;

  /** Uptime VFS waits for a driver's new instance, in all, before a request ends with EIO. */
  static final int WAIT_LIMIT_SECONDS = 30;

  /** The first sleep between two look-ups. */
  static final int FIRST_WAIT_MILLIS = 10;

  /** The longest sleep between two look-ups. */
  static final int LONGEST_WAIT_MILLIS = 1000;

  /** Most look-ups per wait, whatever the clock says. */
  static final int MAX_TRIES = 64;

  private static final int DEAD = Errno.EDEADSRCDST.wireValue();

  private final byte[] bounce = new byte[CHUNK];
  private final Message message = new Message();
  private final Message notification = new Message();
  private int driver = Endpoint.NONE;
  private int grant = -1;

  /** The size in bytes of {@code device}, or ENXIO if its driver does not know it. */
  long size(Context ctx, int device) {
    driver = ctx.driver(Devices.major(device));
    int result = request(ctx, device, BlockDevice.GETSIZE, 0, 0, false);
    if (result != Errno.OK_VALUE) {
      throw new FsError(Errno.ENXIO);
    }
    return (message.payload(0) & 0xFFFF_FFFFL) | ((long) message.payload(1) << 32);
  }

  /** READ or WRITE of {@code count} bytes at the file position of {@code filp}. */
  Reply io(Context ctx, Proc proc, Filp filp, boolean write, int address, int count) {
    int device = filp.device;
    long end = size(ctx, device);
    if (count == 0) {
      return Reply.of(0);
    }
    if (filp.position >= end) {
      if (write) {
        throw new FsError(Errno.ENOSPC);
      }
      return Reply.of(0);
    }
    int total = (int) Math.min(count, end - filp.position);
    attach(ctx, device, driver);
    try {
      int done = 0;
      while (done < total) {
        long position = (long) filp.position + done;
        long first = position & ~(long) (BlockDevice.SECTOR_SIZE - 1);
        int skip = (int) (position - first);
        int piece = Math.min(total - done, CHUNK - skip);
        int span = (int) Math.min(CHUNK, roundUp(skip + piece));
        transfer(ctx, device, BlockDevice.READ, first, span);
        if (write) {
          ctx.user.copyInto(proc.endpoint, address + done, bounce, skip, piece);
          transfer(ctx, device, BlockDevice.WRITE, first, span);
        } else {
          ctx.user.copyOut(proc.endpoint, address + done, bounce, skip, piece);
        }
        done += piece;
      }
      filp.position += done;
      return Reply.of(done);
    } finally {
      ctx.sys.revokeGrant(grant);
      grant = -1;
    }
  }

  private void transfer(Context ctx, int device, int type, long position, int length) {
    int result = request(ctx, device, type, position, length, true);
    if (result < 0) {
      Errno errno = Errno.fromValue(result);
      throw new FsError(errno == null ? Errno.EIO : errno);
    }
  }

  /**
   * Sends {@code type} to the device's driver and returns the checked result: OK (GETSIZE), the
   * length (READ, WRITE) or the driver's error; follows a dead driver's new instance and sends a
   * garbled reply's request again. {@code granted}: the request names the bounce buffer's grant.
   */
  // spec: Recovery!FSSend (and, after FsPeerDied, the re-issue to the new instance)
  private int request(Context ctx, int device, int type, long position, int length,
      boolean granted) {
    int follows = 0;
    int garbled = 0;
    while (true) {
      message.clear();
      message.setType(type).setPayload(0, Devices.minor(device));
      if (granted) {
        message.setPayload(1, (int) position)
            .setPayload(2, (int) (position >>> 32))
            .setPayload(3, grant)
            .setPayload(4, 0)
            .setPayload(5, length);
      }
      int status = ctx.sys.sendrec(driver, message);
      int result = status != Errno.OK_VALUE ? status : message.type();
      if (result == DEAD) {
        // a block request waits for the new instance instead of failing
        if (++follows > MAX_FOLLOWS) {
          throw new FsError(Errno.EIO);
        }
        int next = awaitNewInstance(ctx, Devices.major(device), driver);
        if (next == Endpoint.NONE) {
          throw new FsError(Errno.EIO);
        }
        if (granted) {
          attach(ctx, device, next);
        } else {
          driver = next;
        }
        continue;
      }
      int expected = type == BlockDevice.GETSIZE ? Errno.OK_VALUE : length;
      if (result == expected || (result < 0 && Errno.fromValue(result) != null)) {
        return result;
      }
      if (++garbled > MAX_REISSUES) {
        throw new FsError(Errno.EIO);
      }
    }
  }

  /**
   * From now on the bounce buffer is granted to {@code endpoint}, the old grant revoked; an
   * instance that died already is followed to the next one.
   */
  private void attach(Context ctx, int device, int endpoint) {
    if (grant >= 0) {
      ctx.sys.revokeGrant(grant);
      grant = -1;
    }
    driver = endpoint;
    for (int follows = 0; follows <= MAX_FOLLOWS; follows++) {
      int made = ctx.sys.grant(driver, GrantAccess.READ_WRITE, bounce, 0, bounce.length);
      if (made >= 0) {
        grant = made;
        return;
      }
      if (made != DEAD) {
        throw new FsError(Errno.ENOMEM);
      }
      driver = awaitNewInstance(ctx, Devices.major(device), driver);
      if (driver == Endpoint.NONE) {
        throw new FsError(Errno.EIO);
      }
    }
    throw new FsError(Errno.EIO);
  }

  /**
   * The endpoint DS names for {@code major}'s driver once it is another than {@code dead}, or
   * {@link Endpoint#NONE} when none appeared within the bound.
   */
  // spec: Recovery!FSCheckDS (the FS takes the endpoint DS now has for the label)
  private int awaitNewInstance(Context ctx, int major, int dead) {
    DataStore ds = new DataStore(ctx.sys);
    int ticksPerSecond = Math.max(1, ctx.sys.ticksPerSecond());
    long deadline = Math.max(0, ctx.sys.uptime()) + (long) WAIT_LIMIT_SECONDS * ticksPerSecond;
    long wait = Math.max(1, (long) FIRST_WAIT_MILLIS * ticksPerSecond / 1000);
    long longest = Math.max(1, (long) LONGEST_WAIT_MILLIS * ticksPerSecond / 1000);
    boolean slept = false;
    int found = Endpoint.NONE;
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      int endpoint = ds.retrieve(DsCalls.DRIVER_MAJOR_PREFIX + major, DsCalls.KIND_LABEL);
      if (endpoint >= 0 && endpoint != dead) {
        found = endpoint;
        break;
      }
      long now = Math.max(0, ctx.sys.uptime());
      if (now >= deadline) {
        break;
      }
      ctx.sys.setAlarm(Math.min(wait, deadline - now), false);
      slept = true;
      ctx.sys.receive(Notification.CLOCK, notification);
      wait = Math.min(wait * 2, longest);
    }
    if (slept) {
      ctx.alarm = -1; // the alarm now set is none of a select's: arm the earliest again
      Select.rearm(ctx);
    }
    return found; // the driver table follows when DS's notification comes
  }

  private static long roundUp(long bytes) {
    return (bytes + BlockDevice.SECTOR_SIZE - 1) & ~(long) (BlockDevice.SECTOR_SIZE - 1);
  }
}
