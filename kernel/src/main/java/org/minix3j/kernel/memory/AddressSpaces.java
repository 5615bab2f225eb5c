package org.minix3j.kernel.memory;

/**
 * Which process-table slots hold i386 user processes, and the physical address of each one's
 * page directory (its CR3). A slot not marked as a user process is a Java system process (or
 * empty): it has no virtual memory, and any user address given for it is a bad address.
 *
 * <p>Entry points: {@link #assignUser} when a user process is created or execs, {@link #clear}
 * when it exits (or a Java process takes the slot), {@link #isUser} and {@link
 * #pageDirectory} on every copy. Fixed size, allocated once.
 */
public final class AddressSpaces {
  private final boolean[] user;
  private final int[] pageDirectories;

  /** A table for {@code slots} process-table slots, all without an address space. */
  public AddressSpaces(int slots) {
    user = new boolean[slots];
    pageDirectories = new int[slots];
  }

  public int size() {
    return user.length;
  }

  /** Records that {@code slot} is a user process whose page directory is at {@code pageDirectory}. */
  public void assignUser(int slot, int pageDirectory) {
    if ((pageDirectory & ~PageWalker.FRAME_MASK) != 0) {
      throw new IllegalArgumentException(
          String.format("page directory 0x%08x is not page-aligned", pageDirectory));
    }
    user[slot] = true;
    pageDirectories[slot] = pageDirectory;
  }

  /** Forgets {@code slot}'s address space (the process exited, or the slot is a Java process). */
  public void clear(int slot) {
    user[slot] = false;
    pageDirectories[slot] = 0;
  }

  /** Whether {@code slot} is a user process with virtual memory (false for slots out of range). */
  public boolean isUser(int slot) {
    return slot >= 0 && slot < user.length && user[slot];
  }

  /** The physical address of {@code slot}'s page directory; only meaningful if {@link #isUser}. */
  public int pageDirectory(int slot) {
    if (!isUser(slot)) {
      throw new IllegalStateException("slot " + slot + " has no user address space");
    }
    return pageDirectories[slot];
  }
}
