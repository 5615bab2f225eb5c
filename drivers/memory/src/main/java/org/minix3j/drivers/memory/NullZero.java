package org.minix3j.drivers.memory;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.protocol.CharDevice;

/**
 * {@code /dev/null} ({@link Devices#NULL_MINOR}: reads find the end, writes take everything)
 * and {@code /dev/zero} ({@link Devices#ZERO_MINOR}: reads fill the caller's grant with zeros by
 * SYS_MEMSET, writes take everything), with the CharDevice protocol. Nothing ever waits, so
 * every answer is immediate; no other minor exists (no {@code /dev/mem}).
 */
final class NullZero {
  private final SystemCalls sys;

  NullZero(SystemCalls sys) {
    this.sys = sys;
  }

  private static boolean known(int minor) {
    return minor == Devices.NULL_MINOR || minor == Devices.ZERO_MINOR;
  }

  /** OPEN, CLOSE: nothing to do for a known minor. */
  int openClose(int caller, Message request) {
    return known(request.payload(0)) ? Errno.OK_VALUE : Errno.ENXIO.wireValue();
  }

  /** in: w0 minor, w1 id, w2 grant, w3 count. */
  int read(int caller, Message request) {
    int minor = request.payload(0);
    int count = request.payload(3);
    if (!known(minor)) {
      return Errno.ENXIO.wireValue();
    }
    if (count < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (minor == Devices.NULL_MINOR || count == 0) {
      return 0;
    }
    int result = sys.memset(caller, request.payload(2), 0, 0, count);
    return result < 0 ? result : count;
  }

  /** in: w0 minor, w1 id, w2 grant, w3 count. */
  int write(int caller, Message request) {
    int count = request.payload(3);
    if (!known(request.payload(0))) {
      return Errno.ENXIO.wireValue();
    }
    return count < 0 ? Errno.EINVAL.wireValue() : count;
  }

  /** in: w0 minor, w1 id, w2 operations. result: always ready. */
  int select(int caller, Message request) {
    if (!known(request.payload(0))) {
      return Errno.ENXIO.wireValue();
    }
    return request.payload(2) & (CharDevice.SELECT_READ | CharDevice.SELECT_WRITE);
  }

  /** IOCTL: these are not terminals. */
  int ioctl(int caller, Message request) {
    return known(request.payload(0)) ? Errno.ENOTTY.wireValue() : Errno.ENXIO.wireValue();
  }

  /** CANCEL: nothing is ever pending, so the request has been answered already. */
  int cancel(int caller, Message request) {
    return known(request.payload(0)) ? Errno.EINTR.wireValue() : Errno.ENXIO.wireValue();
  }
}
