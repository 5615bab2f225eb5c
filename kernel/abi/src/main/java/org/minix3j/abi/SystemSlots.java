package org.minix3j.abi;

/**
 * The process table as the boot image lays it out: the kernel's two notification sources at
 * the bottom, one fixed slot per boot service, then the slots PM hands out to user processes.
 *
 * <p>A boot service starts at generation 0, so its first endpoint equals its slot; after RS
 * restarts it the generation moves on, which is why servers look peers up in DS by label
 * rather than keep these numbers. PM owns {@link #FIRST_USER}..{@link #TABLE_SIZE}-1 (init is
 * {@link #INIT}); every other slot belongs to the boot image.
 */
public final class SystemSlots {
  /** Slots in the kernel's process table. */
  public static final int TABLE_SIZE = 128;

  /** Process manager: processes, signals, exec, exit. */
  public static final int PM = 2;

  /** Virtual file system: descriptors, path names, pipes, devices. */
  public static final int VFS = 3;

  /** Reincarnation server: starts, watches and restarts system processes. */
  public static final int RS = 4;

  /** Data store: publish, retrieve, subscribe; label to endpoint. */
  public static final int DS = 5;

  /** Virtual memory manager: frames, page tables, brk, exec images. */
  public static final int VM = 6;

  /** The MINIX V3 file system on the root device. */
  public static final int MFS = 7;

  /** The console terminal driver (UART). */
  public static final int TTY = 8;

  /** The memory driver: RAM disk, /dev/null, /dev/zero. */
  public static final int MEMORY = 9;

  /** The ATA disk driver. */
  public static final int ATA = 10;

  /** The parallel-port printer driver. */
  public static final int PRINTER = 11;

  /** The first slot PM gives to user processes. */
  public static final int FIRST_USER = 16;

  /** init, the first user process (pid 1). */
  public static final int INIT = FIRST_USER;

  private SystemSlots() {}

  /** Whether {@code slot} is one PM manages (a user process's). */
  public static boolean isUser(int slot) {
    return slot >= FIRST_USER && slot < TABLE_SIZE;
  }
}
