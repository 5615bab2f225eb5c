package org.minix3j.abi.posix;

import org.minix3j.abi.protocol.CHeader;

/**
 * Device numbers: {@code (major << 8) | minor}. The majors are MINIX's; VFS maps a major to the
 * driver that DS names under {@code driver.major.<major>}'s label.
 */
@CHeader(file = "minix/devices.h", prefix = "")
public final class Devices {
  /** The memory driver. */
  public static final int MEMORY_MAJOR = 1;

  /** The ATA disk driver. */
  public static final int ATA_MAJOR = 3;

  /** The terminal driver. */
  public static final int TTY_MAJOR = 4;

  /** The printer driver. */
  public static final int PRINTER_MAJOR = 6;

  /** Memory minor: the RAM disk (a block device, the root file system). */
  public static final int RAMDISK_MINOR = 0;

  /** Memory minor: /dev/null. */
  public static final int NULL_MINOR = 3;

  /** Memory minor: /dev/zero. */
  public static final int ZERO_MINOR = 5;

  /** Terminal minor: the console (/dev/console, /dev/tty00). */
  public static final int CONSOLE_MINOR = 0;

  /** Terminal minor: the controlling terminal of the caller (/dev/tty). */
  public static final int CONTROLLING_TTY_MINOR = 255;

  private Devices() {}

  /** The device number of {@code major}, {@code minor}. */
  public static int device(int major, int minor) {
    return (major << 8) | (minor & 0xff);
  }

  public static int major(int device) {
    return (device >>> 8) & 0xff;
  }

  public static int minor(int device) {
    return device & 0xff;
  }
}
