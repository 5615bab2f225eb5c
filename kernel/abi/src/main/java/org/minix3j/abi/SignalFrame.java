package org.minix3j.abi;

/**
 * The signal frame SYS_SIGSEND builds on an i386 process's stack, and SYS_SIGRETURN reads back:
 * the process's C library depends on this layout (its signal trampoline passes {@link
 * #CONTEXT_POINTER_OFFSET}'s word to sigreturn).
 *
 * <p>Below the interrupted stack pointer, 16-byte aligned, lies the signal context: the eight
 * general registers in Intel order (EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI), EIP, EFLAGS, the
 * signal mask PM saved, and {@link #MAGIC}. Below it the frame the handler sees as its caller's:
 * at the new ESP the return address (the trampoline), then the signal number (the handler's
 * argument) and the context's address. The handler is entered with {@code (ESP + 4) % 16 == 0},
 * as gcc's i386 code expects at a call.
 */
public final class SignalFrame {
  /** Words of the context: 8 registers, EIP, EFLAGS, mask, magic. */
  public static final int CONTEXT_WORDS = 12;

  /** Bytes of the context. */
  public static final int CONTEXT_SIZE = CONTEXT_WORDS * Integer.BYTES;

  /** Context word of EIP. */
  public static final int EIP_WORD = 8;

  /** Context word of EFLAGS. */
  public static final int EFLAGS_WORD = 9;

  /** Context word of the saved signal mask. */
  public static final int MASK_WORD = 10;

  /** Context word of {@link #MAGIC}. */
  public static final int MAGIC_WORD = 11;

  /** Marks a context the kernel wrote ("SIGC"); sigreturn refuses anything else with EFAULT. */
  public static final int MAGIC = 0x53494743;

  /** Bytes from the new ESP to the context (return address, signal, context pointer, padding). */
  public static final int FRAME_SIZE = 20;

  /** Offset from the new ESP of the signal number. */
  public static final int SIGNAL_OFFSET = 4;

  /** Offset from the new ESP of the context's address. */
  public static final int CONTEXT_POINTER_OFFSET = 8;

  /**
   * EFLAGS bits a process may restore with sigreturn: CF, PF, AF, ZF, SF, DF and OF (the
   * arithmetic flags and the direction flag); IF and the system flags stay as the kernel keeps
   * them.
   */
  public static final int RESTORABLE_FLAGS =
      0x0001 | 0x0004 | 0x0010 | 0x0040 | 0x0080 | 0x0400 | 0x0800;

  private SignalFrame() {}

  /** Where the context goes for a signal taken with stack pointer {@code esp}. */
  public static int contextAddress(int esp) {
    return (esp - CONTEXT_SIZE) & ~15;
  }

  /** The handler's stack pointer for a context at {@code contextAddress}. */
  public static int frameAddress(int contextAddress) {
    return contextAddress - FRAME_SIZE;
  }

  /**
   * What SYS_SIGSEND delivers.
   *
   * @param signal the signal number, 1 to 31: the handler's argument
   * @param handler the handler's address in the process
   * @param trampoline the return address of the handler: the C library's code that calls
   *     sigreturn with the context's address
   * @param mask the signal mask to restore on sigreturn (kept in the context)
   */
  public record Delivery(int signal, int handler, int trampoline, int mask) {}
}
