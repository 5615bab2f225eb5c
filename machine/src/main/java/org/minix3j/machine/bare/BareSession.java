package org.minix3j.machine.bare;

import java.io.OutputStream;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.machine.Machine;
import org.minix3j.machine.cpu.Cpu;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.cpu.TrapKind;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.elf.AddressSpaceBuilder;
import org.minix3j.machine.elf.ElfFormatException;
import org.minix3j.machine.elf.ElfImage;
import org.minix3j.machine.elf.ElfLoader;
import org.minix3j.machine.elf.InitialStack;

/**
 * One static i386 program on the bare minix3j machine (no kernel): the ELF is validated and
 * mapped with its own page tables, a stack is laid out as Linux does, and the program runs
 * with a minimal trap handler that serves Linux's {@code int 0x80} exit, write and exit_group.
 * Any other trap ends the run as a fault, reported with its kind, address and EIP.
 *
 * <p>Entry points: {@link #load}, then {@link #run(long)}; {@link #machine()} gives the machine
 * for inspection afterwards. Usual call order: load, run once, read the result, close.
 *
 * <p>Layout: page tables and frames from physical {@link #FIRST_FRAME} up; the program's
 * segments anywhere in {@code [0x1000, STACK_TOP - STACK_SIZE)}; the stack ({@link
 * #STACK_SIZE}, not executable) right below {@link #STACK_TOP}. All registers start at zero
 * except ESP; EFLAGS starts at 0x202; EIP at the entry point.
 */
public final class BareSession implements AutoCloseable {
  /** The first address above the stack. */
  public static final long STACK_TOP = 0xC000_0000L;

  /** The stack size in bytes. */
  public static final int STACK_SIZE = 1 << 20;

  /** The physical address of the first frame handed to the program. */
  public static final int FIRST_FRAME = 0x1000;

  /** The Linux system call vector. */
  public static final int LINUX_VECTOR = 0x80;

  private static final int ESP = 4;

  private final Machine machine;
  private final LinuxSystemCalls systemCalls;

  private BareSession(Machine machine, LinuxSystemCalls systemCalls) {
    this.machine = machine;
    this.systemCalls = systemCalls;
  }

  /**
   * Validates {@code elf}, maps it and its stack into a new machine of {@code memoryBytes} of
   * RAM, and sets the registers for {@code _start}.
   *
   * @param arguments argv, including argv[0]
   * @throws ElfFormatException if the file is not a valid static i386 executable or does not
   *     fit in the machine
   */
  public static BareSession load(
      byte[] elf,
      List<String> arguments,
      List<String> environment,
      int memoryBytes,
      OutputStream standardOutput,
      OutputStream standardError)
      throws ElfFormatException {
    ElfImage image = ElfImage.parse(elf, STACK_TOP - STACK_SIZE - 0x1000);
    Machine machine = new Machine(memoryBytes, BoardConfiguration.defaults());
    AddressSpaceBuilder space = new AddressSpaceBuilder(machine.memory(), FIRST_FRAME);
    ElfLoader.load(image, space);
    int stackPointer =
        InitialStack.build(space, STACK_TOP, STACK_SIZE, arguments, environment,
            image.entryPoint());
    machine.mmu().setCr3(space.pageDirectory());
    machine.mmu().setPagingEnabled(true);
    Cpu cpu = machine.cpu();
    for (int register = 0; register < 8; register++) {
      cpu.setRegister(register, 0);
    }
    cpu.setRegister(ESP, stackPointer);
    cpu.setEflags(0x202);
    cpu.setEip((int) image.entryPoint());
    return new BareSession(machine, new LinuxSystemCalls(standardOutput, standardError));
  }

  public Machine machine() {
    return machine;
  }

  /** Runs until the program exits or faults, or {@code instructionLimit} instructions ran. */
  public BareResult run(long instructionLimit) {
    Cpu cpu = machine.cpu();
    long start = cpu.instructionsRetired();
    while (true) {
      long remaining = instructionLimit - (cpu.instructionsRetired() - start);
      if (remaining <= 0) {
        return result(BareResult.Ending.LIMIT_REACHED, 0, null, start);
      }
      Trap trap = machine.run(remaining);
      if (trap.kind() == TrapKind.BUDGET_EXHAUSTED) {
        continue;
      }
      if (trap.kind() == TrapKind.SOFTWARE_INTERRUPT && trap.vector() == LINUX_VECTOR) {
        if (systemCalls.handle(cpu)) {
          return result(BareResult.Ending.EXITED, cpu.register(3) & 0xFF, null, start);
        }
        continue;
      }
      return result(BareResult.Ending.FAULTED, 0, trap, start);
    }
  }

  private BareResult result(
      BareResult.Ending ending, int status, @Nullable Trap fault, long start) {
    Cpu cpu = machine.cpu();
    int[] registers = new int[8];
    for (int register = 0; register < 8; register++) {
      registers[register] = cpu.register(register);
    }
    return new BareResult(ending, status, fault, cpu.instructionsRetired() - start, registers,
        cpu.eip(), cpu.eflags());
  }

  /** Closes the machine; the output streams given to {@link #load} stay open (the caller's). */
  @Override
  public void close() {
    machine.close();
  }
}
