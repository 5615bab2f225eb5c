package org.minix3j.drivers.memory;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.RsCalls;

/**
 * The memory driver, MINIX's {@code memory}: the RAM disk holding the root file system as a
 * block device ({@link RamDisk}), {@code /dev/null} and {@code /dev/zero} as character devices
 * ({@link NullZero}). There is no {@code /dev/mem}: nothing reads physical memory through a
 * file.
 *
 * <p>The loop: receive from ANY; RS's ping (a notification) is answered with a NOTIFY ({@link
 * RsCalls#answerPing}), other notifications are ignored; BlockDevice requests get a reply
 * whose type is the result, CharDevice requests a {@link CharDevice#REPLY} with the request id
 * and status; STATUS gets {@link CharDevice#NO_STATUS} (nothing is ever left pending); any other
 * type gets ENOSYS. Replies to a caller that died are dropped.
 */
public final class MemoryDriver implements SystemProcess {
  @FunctionalInterface
  interface BlockCall {
    int handle(int caller, Message request, Message reply);
  }

  @FunctionalInterface
  interface CharCall {
    int handle(int caller, Message request);
  }

  private final MemoryConfig config;

  public MemoryDriver(MemoryConfig config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    RamDisk disk = new RamDisk(sys, config);
    NullZero devices = new NullZero(sys);
    BlockCall[] blockTable = new BlockCall[BlockDevice.FLUSH - BlockDevice.OPEN + 1];
    blockTable[BlockDevice.OPEN - BlockDevice.OPEN] = disk::open;
    blockTable[BlockDevice.CLOSE - BlockDevice.OPEN] = disk::close;
    blockTable[BlockDevice.READ - BlockDevice.OPEN] = disk::read;
    blockTable[BlockDevice.WRITE - BlockDevice.OPEN] = disk::write;
    blockTable[BlockDevice.GETSIZE - BlockDevice.OPEN] = disk::size;
    blockTable[BlockDevice.FLUSH - BlockDevice.OPEN] = disk::flush;
    CharCall[] charTable = new CharCall[CharDevice.SELECT - CharDevice.OPEN + 1];
    charTable[CharDevice.OPEN - CharDevice.OPEN] = devices::openClose;
    charTable[CharDevice.CLOSE - CharDevice.OPEN] = devices::openClose;
    charTable[CharDevice.READ - CharDevice.OPEN] = devices::read;
    charTable[CharDevice.WRITE - CharDevice.OPEN] = devices::write;
    charTable[CharDevice.IOCTL - CharDevice.OPEN] = devices::ioctl;
    charTable[CharDevice.CANCEL - CharDevice.OPEN] = devices::cancel;
    charTable[CharDevice.SELECT - CharDevice.OPEN] = devices::select;

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
      int caller = request.source();
      int type = request.type();
      reply.clear();
      if (type >= BlockDevice.OPEN && type <= BlockDevice.FLUSH) {
        reply.setType(blockTable[type - BlockDevice.OPEN].handle(caller, request, reply));
      } else if (type >= CharDevice.OPEN && type <= CharDevice.SELECT) {
        int status = charTable[type - CharDevice.OPEN].handle(caller, request);
        reply.setType(CharDevice.REPLY).setPayload(0, request.payload(1)).setPayload(1, status);
      } else if (type == CharDevice.STATUS) {
        reply.setType(CharDevice.NO_STATUS);
      } else {
        reply.setType(Errno.ENOSYS.wireValue());
      }
      sys.send(caller, reply);
    }
  }
}
