package org.minix3j.drivers.ata;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.protocol.BlockDevice;

/**
 * The disk as a block device, MINIX's {@code c0d0}: minor {@link #WHOLE_DISK_MINOR} is the whole
 * of device 0, sized by IDENTIFY DEVICE at start. No disk (nothing answers on the channel, or
 * it is not an LBA ATA disk, or IDENTIFY failed) makes every request ENXIO.
 *
 * <p>Positions and counts are whole sectors (EINVAL otherwise); a transfer that runs past the
 * end is cut there (a short count), one that starts at or past the end moves nothing. Data goes
 * between the disk and the caller's grant through one bounce buffer of {@link
 * Channel#MAX_SECTORS} sectors, a READ SECTORS or WRITE SECTORS command and one safecopy per
 * piece. A device error or timeout is EIO, logged with what the device said.
 */
final class Disk {
  /** The minor of the whole disk. */
  static final int WHOLE_DISK_MINOR = 0;

  private static final int PIECE = Channel.MAX_SECTORS * BlockDevice.SECTOR_SIZE;

  private final SystemCalls sys;
  private final Channel channel;
  private final byte[] bounce = new byte[PIECE];
  private final @Nullable Identify identity;

  private Disk(SystemCalls sys, Channel channel, @Nullable Identify identity) {
    this.sys = sys;
    this.channel = channel;
    this.identity = identity;
  }

  /** Probes the channel and identifies device 0; says in the log what disk it found. */
  static Disk start(SystemCalls sys, Channel channel) {
    if (!channel.probe()) {
      return new Disk(sys, channel, null); // no disk: nothing to say, c0d0 answers ENXIO
    }
    byte[] block = new byte[BlockDevice.SECTOR_SIZE];
    if (channel.identify(block) != Errno.OK_VALUE) {
      sys.diagnostic("ata: identify failed, " + channel.lastFailure() + "; c0d0 answers ENXIO");
      return new Disk(sys, channel, null);
    }
    Identify identity = Identify.parse(block);
    if (!identity.usable()) {
      sys.diagnostic("ata: device 0 is not an LBA disk (" + identity + "); c0d0 answers ENXIO");
      return new Disk(sys, channel, null);
    }
    sys.diagnostic("ata: c0d0 is '" + identity.model() + "', " + identity.sectors() + " sectors");
    return new Disk(sys, channel, identity);
  }

  /** The size in bytes, or -1 without a disk. */
  long size() {
    Identify disk = identity;
    return disk == null ? -1 : disk.sectors() * BlockDevice.SECTOR_SIZE;
  }

  /** ENXIO unless {@code minor} is the whole disk and there is a disk, else OK. */
  private int known(int minor) {
    return minor == WHOLE_DISK_MINOR && identity != null ? Errno.OK_VALUE : Errno.ENXIO.wireValue();
  }

  /** in: w0 minor, w1 access. */
  int open(int caller, Message request, Message reply) {
    int access = request.payload(1);
    int known = known(request.payload(0));
    if (known != Errno.OK_VALUE) {
      return known;
    }
    return access < 1 || access > 3 ? Errno.EINVAL.wireValue() : Errno.OK_VALUE;
  }

  /** in: w0 minor. */
  int close(int caller, Message request, Message reply) {
    return known(request.payload(0));
  }

  /** in: w0 minor. out: w0-w1 the size in bytes. */
  int size(int caller, Message request, Message reply) {
    int known = known(request.payload(0));
    if (known == Errno.OK_VALUE) {
      reply.setPayload(0, (int) size()).setPayload(1, (int) (size() >>> 32));
    }
    return known;
  }

  /** in: w0 minor. FLUSH CACHE: the disk's write cache reaches the medium before the reply. */
  int flush(int caller, Message request, Message reply) {
    int known = known(request.payload(0));
    return known == Errno.OK_VALUE ? logged(channel.flushCache()) : known;
  }

  int read(int caller, Message request, Message reply) {
    return transfer(caller, request, false);
  }

  int write(int caller, Message request, Message reply) {
    return transfer(caller, request, true);
  }

  /** in: w0 minor, w1-w2 position, w3 grant, w4 offset in the grant, w5 count. */
  private int transfer(int caller, Message request, boolean toDisk) {
    int known = known(request.payload(0));
    if (known != Errno.OK_VALUE) {
      return known;
    }
    long position = (request.payload(1) & 0xFFFF_FFFFL) | ((long) request.payload(2) << 32);
    int grant = request.payload(3);
    int grantOffset = request.payload(4);
    int count = request.payload(5);
    if (position < 0 || count < 0 || grantOffset < 0
        || position % BlockDevice.SECTOR_SIZE != 0 || count % BlockDevice.SECTOR_SIZE != 0) {
      return Errno.EINVAL.wireValue();
    }
    if (position >= size()) {
      return 0;
    }
    int total = (int) Math.min(count, size() - position);
    for (int done = 0; done < total; ) {
      int piece = Math.min(PIECE, total - done);
      long lba = (position + done) / BlockDevice.SECTOR_SIZE;
      int sectors = piece / BlockDevice.SECTOR_SIZE;
      int result;
      if (toDisk) {
        result = sys.safecopyFrom(caller, grant, grantOffset + done, bounce, 0, piece);
        if (result >= 0) {
          result = logged(channel.writeSectors(lba, sectors, bounce));
        }
      } else {
        result = logged(channel.readSectors(lba, sectors, bounce));
        if (result >= 0) {
          result = sys.safecopyTo(caller, grant, grantOffset + done, bounce, 0, piece);
        }
      }
      if (result < 0) {
        return result;
      }
      done += piece;
    }
    return total;
  }

  /** {@code result}, with the channel's reason in the log when it is an error. */
  private int logged(int result) {
    if (result < 0) {
      sys.diagnostic("ata: " + channel.lastFailure());
    }
    return result;
  }
}
