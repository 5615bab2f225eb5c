package org.minix3j.kernel.user;

import org.minix3j.machine.cpu.Cpu;

/**
 * The saved machine state of one i386 user process while it is not on the CPU: the eight
 * general registers, EIP, EFLAGS and its page directory (CR3), plus the receive buffer of an
 * IPC call it is blocked in, so the kernel can deliver the message when the call completes.
 *
 * <p>Entry points: {@link #loadInto} before the process runs, {@link #saveFrom} after; the
 * trap code reads and writes registers here between the two.
 */
public final class UserContext {
  /** Register indexes, Intel order. */
  public static final int EAX = 0;

  public static final int ECX = 1;
  public static final int EBX = 3;
  public static final int ESP = 4;

  /** No receive buffer pending (a message there would run past 4 GiB: never a valid buffer). */
  public static final int NO_BUFFER = -1;

  private final int[] registers = new int[8];
  private int eip;
  private int eflags = 0x202;
  private final int pageDirectory;
  private int receiveBuffer = NO_BUFFER;
  private boolean replyDiscarded;

  /** A process that starts at {@code entry} with stack pointer {@code stack} in {@code pageDirectory}. */
  public UserContext(int pageDirectory, int entry, int stack) {
    this.pageDirectory = pageDirectory;
    this.eip = entry;
    this.registers[ESP] = stack;
  }

  /**
   * A copy of {@code parent} in the address space {@code pageDirectory} (SYS_FORK): the same
   * registers, EIP and EFLAGS, and no call pending.
   */
  public UserContext(UserContext parent, int pageDirectory) {
    this.pageDirectory = pageDirectory;
    System.arraycopy(parent.registers, 0, registers, 0, registers.length);
    this.eip = parent.eip;
    this.eflags = parent.eflags;
  }

  public int pageDirectory() {
    return pageDirectory;
  }

  public int register(int index) {
    return registers[index];
  }

  public void setRegister(int index, int value) {
    registers[index] = value;
  }

  public int eip() {
    return eip;
  }

  public void setEip(int value) {
    eip = value;
  }

  public int eflags() {
    return eflags;
  }

  public void setEflags(int value) {
    eflags = value;
  }

  /**
   * Whether the call this process is blocked in ends without touching its registers or memory:
   * SYS_EXEC gave it a new image, or SYS_SIGRETURN restored its registers, while it waited for
   * PM's reply.
   */
  public boolean replyDiscarded() {
    return replyDiscarded;
  }

  /** See {@link #replyDiscarded()}; the pending receive buffer is dropped too. */
  public void setReplyDiscarded(boolean discarded) {
    replyDiscarded = discarded;
    if (discarded) {
      receiveBuffer = NO_BUFFER;
    }
  }

  /** Where the message of the pending RECEIVE or SENDREC goes, or {@link #NO_BUFFER}. */
  public int receiveBuffer() {
    return receiveBuffer;
  }

  public void setReceiveBuffer(int address) {
    receiveBuffer = address;
  }

  /** Puts this process on {@code cpu}; reloads CR3 only if it changes (a reload flushes the TLB). */
  public void loadInto(Cpu cpu) {
    for (int i = 0; i < registers.length; i++) {
      cpu.setRegister(i, registers[i]);
    }
    cpu.setEip(eip);
    cpu.setEflags(eflags);
    if (cpu.mmu().cr3() != pageDirectory || !cpu.mmu().pagingEnabled()) {
      cpu.mmu().setCr3(pageDirectory);
      cpu.mmu().setPagingEnabled(true);
    }
  }

  /** Takes the process off {@code cpu}. */
  public void saveFrom(Cpu cpu) {
    for (int i = 0; i < registers.length; i++) {
      registers[i] = cpu.register(i);
    }
    eip = cpu.eip();
    eflags = cpu.eflags();
  }
}
