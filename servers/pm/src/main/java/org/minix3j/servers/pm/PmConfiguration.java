package org.minix3j.servers.pm;

import org.minix3j.abi.posix.Limits;

/**
 * PM's boot parameters.
 *
 * @param cmosIndexPort the RTC's index port (0x70 on a PC); PM reads the date at startup
 * @param cmosDataPort the RTC's data port (0x71)
 * @param fallbackBootTime seconds since 1970 used as the boot time when the RTC cannot be read
 * @param maxUserProcesses user processes (zombies included) at once; fork beyond gives EAGAIN
 * @param childMax processes one user other than root may have; fork beyond gives EAGAIN
 * @param initName init's name in ps until its first exec
 */
public record PmConfiguration(
    int cmosIndexPort,
    int cmosDataPort,
    long fallbackBootTime,
    int maxUserProcesses,
    int childMax,
    String initName) {
  /** The PC's CMOS ports. */
  public static final int CMOS_INDEX_PORT = 0x70;

  public static final int CMOS_DATA_PORT = 0x71;

  public PmConfiguration {
    if (maxUserProcesses < 1 || childMax < 1) {
      throw new IllegalArgumentException("process limits must be positive");
    }
  }

  /** The boot image's configuration: PC ports, the POSIX limits of {@link Limits}. */
  public static PmConfiguration defaults() {
    return new PmConfiguration(
        CMOS_INDEX_PORT, CMOS_DATA_PORT, 0, Limits.NR_USER_PROCESSES, Limits.CHILD_MAX, "init");
  }
}
