package org.minix3j.abi.protocol;

/**
 * Requests to VM (SENDREC to {@link org.minix3j.abi.SystemSlots#VM}) from PM and VFS. VM owns
 * every physical page frame of the user pool and builds each user process's page tables; it
 * never sends requests itself. A process is named by its endpoint; VM keys its tables by slot.
 */
public final class VmCalls {
  /**
   * From PM. in: w0 parent endpoint, w1 child slot. VM copies the parent's address space (text
   * shared, the rest copied). result: 0 or ENOMEM; out: w0 the child's page directory.
   */
  public static final int FORK = 300;

  /** From PM. in: w0 endpoint. Every frame of the process is released. */
  public static final int EXIT = 301;

  /** From PM. in: w0 endpoint, w1 the new break (0 asks). result: 0 or ENOMEM; out: w0 the break. */
  public static final int BRK = 302;

  /**
   * From VFS. in: w0 target endpoint, w1 grant id of the ELF file (read), w2 the file's length,
   * w3 grant id of the exec frame (read), w4 the frame's length, w5 device, w6 inode, w7 the
   * file's modification time (with w5-w6, what makes text shareable). VM checks the ELF, builds
   * a new address space beside the old one and relocates the frame onto its stack. result: 0,
   * ENOEXEC, ENOMEM or E2BIG; out: w0 page directory, w1 entry point, w2 stack pointer.
   */
  public static final int EXEC_NEWMEM = 303;

  /** From PM, after SYS_EXEC. in: w0 endpoint. The old address space is released. */
  public static final int EXEC_DONE = 304;

  /** From PM, when the exec failed after EXEC_NEWMEM. in: w0 endpoint. The new space is released. */
  public static final int EXEC_ABORT = 305;

  /**
   * From anyone allowed. out: w0 page size, w1 total frames, w2 free frames, w3 frames of
   * shared text.
   */
  public static final int INFO = 306;

  private VmCalls() {}
}
