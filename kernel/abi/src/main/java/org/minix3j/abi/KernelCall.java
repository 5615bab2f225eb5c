package org.minix3j.abi;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The kernel calls of the SYS task, as policies name them and as a system process's handle
 * makes them.
 *
 * <p>Each system process holds a call mask with one bit per call ({@link #maskBit()}); the
 * kernel refuses a call outside the mask with {@link Errno#ECALLDENIED} before looking at any
 * argument. User processes make no kernel calls: they ask PM, VFS and the other servers.
 */
public enum KernelCall {
  /** Copy a process: a new slot with the parent's memory map (PM and VM). */
  SYS_FORK(0),
  /** Give a process a new memory map and initial registers. */
  SYS_EXEC(1),
  /** Remove a process from the table (PM, RS). */
  SYS_EXIT(2),
  /** Set another process's privileges; RS only. */
  SYS_PRIVCTL(3),
  /** Read or write one I/O port of the caller's port ranges. */
  SYS_DEVIO(4),
  /** Several port reads and writes in one call. */
  SYS_VDEVIO(5),
  /** Hook, enable or disable one of the caller's IRQ lines. */
  SYS_IRQCTL(6),
  /** Set, or cancel, the caller's synchronous alarm. */
  SYS_SETALARM(7),
  /** Copy from a grant another process made to the caller. */
  SYS_SAFECOPYFROM(8),
  /** Copy into a grant another process made to the caller. */
  SYS_SAFECOPYTO(9),
  /** Fill a range of a process's memory with one byte. */
  SYS_MEMSET(10),
  /** Snapshots of kernel information: the process table, the clock. */
  SYS_GETINFO(11),
  /** A process's user and system time, and the uptime. */
  SYS_TIMES(12),
  /** Raise a signal for a process: the kernel tells PM. */
  SYS_KILL(13),
  /** Deliver a signal frame to a user process (PM). */
  SYS_SIGSEND(14),
  /** Stop the machine. */
  SYS_SHUTDOWN(15),
  /** Create, revoke and inspect the caller's own grants. */
  SYS_GRANT(16),
  /** Which processes have signals the kernel raised (exceptions) pending (PM). */
  SYS_GETKSIG(17),
  /** A process's kernel signals are handled; it may run again (PM). */
  SYS_ENDKSIG(18),
  /** Restore the registers a signal handler's frame saved (PM). */
  SYS_SIGRETURN(19),
  /** Copy between physical memory, within the caller's memory ranges, and the caller (VM). */
  SYS_PHYSCOPY(20),
  /** Print a line on the console: the kernel's log, for boot messages and driver reports. */
  SYS_DIAGCTL(21),
  /** Start a fresh copy of a boot-image program in its slot, with a new endpoint (RS). */
  SYS_SPAWN(22);

  private final int number;

  KernelCall(int number) {
    this.number = number;
  }

  /** The call number, which is also its bit in a call mask. */
  public int number() {
    return number;
  }

  /** The bit of this call in a privilege's call mask. */
  public long maskBit() {
    return 1L << number;
  }

  /** The call with this number, or null. */
  public static @Nullable KernelCall fromNumber(int number) {
    for (KernelCall call : values()) {
      if (call.number == number) {
        return call;
      }
    }
    return null;
  }

  /** The call with this name (as policies write it, e.g. {@code SYS_DEVIO}), or null. */
  public static @Nullable KernelCall fromName(String name) {
    for (KernelCall call : values()) {
      if (call.name().equals(name)) {
        return call;
      }
    }
    return null;
  }
}
