package org.minix3j.boot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.MessageLayout;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.posix.UserLayout;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.machine.elf.AddressSpaceBuilder;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * init's bootstrap: the smallest user process that can become init. It lives in the boot area
 * (never VM's), and its whole program is one PmCalls.EXEC of {@link #INIT_PATH} with the boot
 * command's arguments; if PM refuses, it exits with status 127. Once the exec succeeds, init
 * runs from the root file system in an address space VM built, and these pages are never used
 * again.
 *
 * <p>Layout: code at {@link UserLayout#LOWEST_LOAD} (read-only, executable), the two messages,
 * the path and the exec frame on the pages after it (writable, not executable), one stack
 * page below {@link UserLayout#STACK_TOP}.
 */
public final class InitStub {
  /** The program init's bootstrap runs. */
  public static final String INIT_PATH = "/sbin/init";

  private static final int CODE = UserLayout.LOWEST_LOAD;
  private static final int DATA = CODE + UserLayout.PAGE_SIZE;
  private static final int EXEC_MESSAGE = DATA;
  private static final int EXIT_MESSAGE = DATA + MessageLayout.SIZE;
  private static final int PATH = DATA + 2 * MessageLayout.SIZE;
  private static final int FRAME = DATA + 4 * MessageLayout.SIZE;
  private static final int EXEC_FAILED_STATUS = 127;

  /** Where the bootstrap starts and with which stack, in which address space. */
  public record Context(int pageDirectory, int entry, int stack) {}

  private InitStub() {}

  /**
   * Builds the bootstrap in physical memory from {@code firstFrame} (inside the boot area) for
   * {@code arguments} (argv, starting with "init"); the environment is empty.
   *
   * @throws IllegalArgumentException if the arguments make a frame longer than ARG_MAX
   */
  public static Context build(PhysicalMemory memory, int firstFrame, List<String> arguments)
      throws ElfFormatException {
    byte[] frame = frame(arguments);
    byte[] path = (INIT_PATH + "\0").getBytes(StandardCharsets.US_ASCII);
    AddressSpaceBuilder space = new AddressSpaceBuilder(memory, firstFrame);
    space.map(CODE, false, true);
    space.write(CODE, code());
    int dataEnd = FRAME + frame.length;
    for (int page = DATA; page < dataEnd; page += UserLayout.PAGE_SIZE) {
      space.map(page, true, false);
    }
    space.write(EXEC_MESSAGE, message(PmCalls.EXEC, PATH, path.length, FRAME, frame.length));
    space.write(EXIT_MESSAGE, message(PmCalls.EXIT, EXEC_FAILED_STATUS));
    space.write(PATH, path);
    space.write(FRAME, frame);
    space.map(UserLayout.STACK_TOP - UserLayout.PAGE_SIZE, true, false);
    return new Context(space.pageDirectory(), CODE, UserLayout.STACK_TOP - 16);
  }

  /** The exec frame of {@code arguments} (posix.ExecFrame: offsets from the frame's start). */
  static byte[] frame(List<String> arguments) {
    int pointers = 1 + arguments.size() + 1 + 1;
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(pointers * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(arguments.size());
    int offset = pointers * Integer.BYTES;
    for (String argument : arguments) {
      header.putInt(offset + strings.size());
      byte[] bytes = (argument + "\0").getBytes(StandardCharsets.UTF_8);
      strings.write(bytes, 0, bytes.length);
    }
    header.putInt(0);
    header.putInt(0);
    byte[] frame = new byte[offset + strings.size()];
    System.arraycopy(header.array(), 0, frame, 0, offset);
    System.arraycopy(strings.toByteArray(), 0, frame, offset, strings.size());
    if (frame.length > Limits.ARG_MAX) {
      throw new IllegalArgumentException(
          "init's arguments take " + frame.length + " bytes; the limit is " + Limits.ARG_MAX);
    }
    return frame;
  }

  /** SENDREC(PM, exec message); SENDREC(PM, exit message); spin (never reached). */
  private static byte[] code() {
    ByteBuffer code = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
    for (int message : new int[] {EXEC_MESSAGE, EXIT_MESSAGE}) {
      code.put((byte) 0xB8).putInt(IpcFunction.SENDREC.number()); // mov eax, SENDREC
      code.put((byte) 0xBB).putInt(SystemSlots.PM); // mov ebx, PM
      code.put((byte) 0xB9).putInt(message); // mov ecx, message
      code.put((byte) 0xCD).put((byte) IpcFunction.TRAP_VECTOR); // int 0x21
    }
    code.put((byte) 0xEB).put((byte) 0xFE); // jmp $
    byte[] bytes = new byte[code.position()];
    code.flip();
    code.get(bytes);
    return bytes;
  }

  private static byte[] message(int type, int... payload) {
    ByteBuffer message = ByteBuffer.allocate(MessageLayout.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    message.putInt(MessageLayout.TYPE_OFFSET, type);
    for (int i = 0; i < payload.length; i++) {
      message.putInt(MessageLayout.payloadOffset(i), payload[i]);
    }
    return message.array();
  }
}
