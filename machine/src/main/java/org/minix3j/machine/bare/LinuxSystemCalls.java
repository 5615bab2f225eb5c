package org.minix3j.machine.bare;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.cpu.Cpu;
import org.minix3j.machine.memory.Access;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PageFaultException;

/**
 * The minimal Linux {@code int 0x80} interface of the bare machine: exit (1), write (4) to
 * standard output or standard error, and exit_group (252). The call number is in EAX, the
 * arguments in EBX, ECX, EDX; the result goes back in EAX, negative errno on failure, as on
 * Linux: a bad buffer gives -EFAULT, another descriptor -EBADF, another call -ENOSYS.
 *
 * <p>Entry point: {@link #handle}, called with the CPU stopped just after the INT instruction.
 */
final class LinuxSystemCalls {
  static final int EXIT = 1;
  static final int WRITE = 4;
  static final int EXIT_GROUP = 252;
  private static final int ERROR_BAD_DESCRIPTOR = 9;
  private static final int ERROR_FAULT = 14;
  private static final int ERROR_NO_SYSTEM_CALL = 38;
  private static final int EAX = 0;
  private static final int ECX = 1;
  private static final int EDX = 2;
  private static final int EBX = 3;

  private final OutputStream standardOutput;
  private final OutputStream standardError;

  LinuxSystemCalls(OutputStream standardOutput, OutputStream standardError) {
    this.standardOutput = standardOutput;
    this.standardError = standardError;
  }

  /**
   * Performs the call the CPU's registers describe. Returns true if the program exited (its
   * status is then in EBX), false if it continues.
   */
  boolean handle(Cpu cpu) {
    int number = cpu.register(EAX);
    switch (number) {
      case EXIT, EXIT_GROUP -> {
        return true;
      }
      case WRITE -> cpu.setRegister(EAX, write(cpu, cpu.register(EBX), cpu.register(ECX),
          cpu.register(EDX)));
      default -> cpu.setRegister(EAX, -ERROR_NO_SYSTEM_CALL);
    }
    return false;
  }

  private static long nextPage(int buffer, long offset) {
    int linear = buffer + (int) offset;
    return offset + (4096 - (linear & 0xFFF));
  }

  private int write(Cpu cpu, int descriptor, int buffer, int count) {
    @Nullable OutputStream target =
        switch (descriptor) {
          case 1 -> standardOutput;
          case 2 -> standardError;
          default -> null;
        };
    if (target == null) {
      return -ERROR_BAD_DESCRIPTOR;
    }
    if (count < 0) {
      return -ERROR_FAULT;
    }
    Mmu mmu = cpu.mmu();
    try {
      // Check the whole buffer first, as Linux's access check does, then copy page by page.
      for (long offset = 0; offset < count; offset = nextPage(buffer, offset)) {
        mmu.translate(buffer + (int) offset, Access.READ);
      }
      byte[] chunk = new byte[4096];
      for (long offset = 0; offset < count; ) {
        int linear = buffer + (int) offset;
        int length = (int) Math.min(4096 - (linear & 0xFFF), count - offset);
        cpu.memory().readBytes(mmu.translate(linear, Access.READ), chunk, 0, length);
        target.write(chunk, 0, length);
        offset += length;
      }
    } catch (PageFaultException fault) {
      return -ERROR_FAULT;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return count;
  }
}
