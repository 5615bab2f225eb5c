package org.minix3j.drivers.ata;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.RsCalls;

/**
 * The ATA disk driver, MINIX's {@code at_wini}: device 0 of one ATA channel as the block device
 * {@code c0d0} ({@link Disk}), driven by PIO through the channel's ports ({@link Channel}).
 *
 * <p>Start: hook the channel's IRQ (SYS_IRQCTL), probe the channel and IDENTIFY the disk, which
 * gives its size; without a disk the driver still runs and answers ENXIO. The loop: receive from
 * ANY; RS's ping is answered ({@link RsCalls#answerPing}), other notifications are ignored (an
 * interrupt outside a command is a late one of a command that already ended); BlockDevice requests are dispatched through the call table and get a reply
 * whose type is the result; any other type gets ENOSYS. A request is answered before the next is
 * taken: while it waits for its interrupt the driver receives from HARDWARE alone, so its caller
 * stays blocked in SENDREC and other callers stay queued. Replies to a caller that died are
 * dropped.
 */
public final class AtaDriver implements SystemProcess {
  @FunctionalInterface
  interface BlockCall {
    int handle(int caller, Message request, Message reply);
  }

  private final AtaConfig config;

  public AtaDriver(AtaConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    int hooked = sys.irqctl(config.irqLine(), true);
    if (hooked != Errno.OK_VALUE) {
      sys.diagnostic("ata: IRQ " + config.irqLine() + " refused (" + hooked + ")");
    }
    Disk disk = Disk.start(sys, new Channel(sys, config));
    BlockCall[] table = new BlockCall[BlockDevice.FLUSH - BlockDevice.OPEN + 1];
    table[BlockDevice.OPEN - BlockDevice.OPEN] = disk::open;
    table[BlockDevice.CLOSE - BlockDevice.OPEN] = disk::close;
    table[BlockDevice.READ - BlockDevice.OPEN] = disk::read;
    table[BlockDevice.WRITE - BlockDevice.OPEN] = disk::write;
    table[BlockDevice.GETSIZE - BlockDevice.OPEN] = disk::size;
    table[BlockDevice.FLUSH - BlockDevice.OPEN] = disk::flush;

    Message request = new Message();
    Message reply = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, request) != Errno.OK_VALUE) {
        continue;
      }
      if (request.isNotification()) {
        RsCalls.answerPing(sys, request); // RS's heartbeat; other notifications are ignored
        continue;
      }
      int type = request.type();
      reply.clear();
      if (type >= BlockDevice.OPEN && type <= BlockDevice.FLUSH) {
        reply.setType(table[type - BlockDevice.OPEN].handle(request.source(), request, reply));
      } else {
        reply.setType(Errno.ENOSYS.wireValue());
      }
      sys.send(request.source(), reply);
    }
  }
}
