package org.minix3j.machine.cpu;

import java.util.function.LongSupplier;
import org.minix3j.machine.memory.Mmu;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The IA-32 CPU of the minix3j machine: an interpreter of ring-3, 32-bit, flat protected-mode
 * code (an i686 without FPU, MMX or SSE), over a {@link PhysicalMemory} through a paging {@link
 * Mmu}.
 *
 * <p>Entry points: set registers, EIP and EFLAGS; call {@link #run(long)}, which executes until
 * a fault or trap or until the instruction budget is used up, and returns a {@link Trap}. After a
 * fault the CPU is left as hardware leaves it before delivering the exception (EIP on the
 * faulting instruction, which had no effect); after INT n, EIP is past the instruction. The
 * caller may change registers and call {@link #run(long)} again to resume.
 *
 * <p>The implementation is a chain of package-private layers, each one file with one concern:
 * {@link RegisterFile}, {@link LazyFlags}, {@link LinearMemory}, {@link InstructionDecoder},
 * {@link ArithmeticUnit}, {@link ShiftUnit}, {@link MultiplyDivideUnit}, {@link BitUnit}, {@link
 * StringUnit}, {@link StackControlUnit}, {@link SystemUnit}, {@link TwoByteOpcodes}, {@link
 * OneByteOpcodes}, and this class (public API and run loop). Flags the SDM leaves undefined are
 * listed by {@link UndefinedFlags}.
 *
 * <p>Determinism: nothing here reads the host clock; RDTSC reads the time-stamp source (by
 * default the count of retired instructions). Each instruction retired costs {@link
 * #CYCLES_PER_INSTRUCTION} cycles; each element of a REP string instruction counts as one
 * retired instruction. Not thread-safe: one thread drives a CPU.
 */
public final class Cpu extends OneByteOpcodes {
  /** Cycles charged per retired instruction. */
  public static final int CYCLES_PER_INSTRUCTION = 1;

  /** Segment register indexes for {@link #segmentBase(int)} and friends. */
  public static final int SEGMENT_ES = ES;

  public static final int SEGMENT_CS = CS;
  public static final int SEGMENT_SS = SS;
  public static final int SEGMENT_DS = DS;
  public static final int SEGMENT_FS = FS;
  public static final int SEGMENT_GS = GS;

  /** Creates a CPU with all registers zero and EFLAGS = 0x202. */
  public Cpu(PhysicalMemory memory, Mmu mmu) {
    super(memory, mmu);
    if (mmu.memory() != memory) {
      throw new IllegalArgumentException("the MMU must translate into the CPU's physical memory");
    }
  }

  /** The physical memory this CPU runs on. */
  public PhysicalMemory memory() {
    return physicalMemory;
  }

  /** The paging unit. */
  public Mmu mmu() {
    return mmu;
  }

  /** General register by Intel index (EAX=0 ... EDI=7). */
  public int register(int index) {
    return registers[checkRegisterIndex(index)];
  }

  /** Sets general register {@code index} (EAX=0 ... EDI=7). */
  public void setRegister(int index, int value) {
    registers[checkRegisterIndex(index)] = value;
  }

  private static int checkRegisterIndex(int index) {
    if (index < 0 || index > 7) {
      throw new IllegalArgumentException("register index must be 0..7, got " + index);
    }
    return index;
  }

  /** The address of the next instruction to execute (or of the faulting one after a fault). */
  public int eip() {
    return eip;
  }

  /** Sets EIP. */
  public void setEip(int value) {
    eip = value;
  }

  /** EFLAGS: bit 1 and IF read as one; TF, IOPL, NT, RF, VM, VIF, VIP read as zero. */
  public int eflags() {
    return readEflags();
  }

  /**
   * Sets the user-writable flags: CF, PF, AF, ZF, SF, DF, OF (and AC and ID, which ring 3 may
   * toggle on an i686, as CPUID-detection code does); other bits are ignored.
   */
  public void setEflags(int value) {
    writeEflags(value);
  }

  /** Selector held by segment register {@code segment} (SEGMENT_ES ... SEGMENT_GS). */
  public int segmentSelector(int segment) {
    return segmentSelectors[checkSegment(segment)];
  }

  /** Sets a segment register's selector, as the kernel does when it creates a process. */
  public void setSegmentSelector(int segment, int selector) {
    segmentSelectors[checkSegment(segment)] = selector & 0xFFFF;
  }

  /** Base of segment register {@code segment} (0 unless the kernel set one). */
  public int segmentRegisterBase(int segment) {
    return segmentBases[checkSegment(segment)];
  }

  /** Sets the base of a segment register (for example FS/GS for thread-local storage). */
  public void setSegmentRegisterBase(int segment, int base) {
    segmentBases[checkSegment(segment)] = base;
  }

  private static int checkSegment(int segment) {
    if (segment < 0 || segment > 5) {
      throw new IllegalArgumentException("segment index must be 0..5, got " + segment);
    }
    return segment;
  }

  /**
   * Instructions retired since construction. Live during {@link #run(long)} (a time-stamp
   * source may call it): it then counts the instructions of the current run retired before the
   * one executing.
   */
  public long instructionsRetired() {
    return running ? retiredSoFar() : instructionsRetired;
  }

  /** Gives RDTSC its value (the simulated clock); the default is the retired-instruction count. */
  public void setTimeStampSource(LongSupplier source) {
    timeStampSource = source;
  }

  /**
   * Executes instructions until a fault or trap, or until {@code maxInstructions} have retired.
   *
   * <p>The loop checks nothing but the budget: the instruction pointer is set from EIP once per
   * run and every instruction ends with EIP = IP, and prefixes end with the instruction they
   * prefix (or are reset here after a fault). A few frequent opcodes are dispatched here before
   * {@link #execute(int)}, with the same handlers.
   *
   * @param maxInstructions the budget, at least 0
   * @return why execution stopped
   */
  public Trap run(long maxInstructions) {
    if (maxInstructions < 0) {
      throw new IllegalArgumentException("instruction budget must be >= 0, got " + maxInstructions);
    }
    checkTranslations();
    budgetRemaining = maxInstructions;
    runBudget = maxInstructions;
    running = true;
    setIp(eip);
    Trap trap;
    try {
      while (budgetRemaining > 0) {
        budgetRemaining--;
        int opcode = fetch8();
        // The commonest opcodes of compiled C (MOV Gv,Ev, MOV Ev,Gv, group 1 Ev,Ib: about 40% of
        // the CPU benchmark's instructions) skip the switch, whose indirect jump costs more.
        if (opcode == 0x8B) {
          moveFromRm();
        } else if (opcode == 0x89) {
          moveToRm();
        } else if (opcode == 0x83) {
          group1(opcode);
        } else {
          execute(opcode);
        }
        eip = ip();
      }
      if (interruptVector != NO_INTERRUPT) {
        budgetRemaining = budgetAtInterrupt;
        trap = new Trap(TrapKind.SOFTWARE_INTERRUPT, interruptVector, 0, eip, eip, 0);
        interruptVector = NO_INTERRUPT;
      } else {
        trap = new Trap(TrapKind.BUDGET_EXHAUSTED, -1, 0, eip, eip, 0);
      }
    } catch (CpuFault fault) {
      resetPrefixes();
      budgetRemaining++; // a fault does not retire its instruction
      trap = new Trap(fault.kind, fault.vector, fault.errorCode, eip, eip, fault.faultAddress);
    } finally {
      running = false;
    }
    instructionsRetired += maxInstructions - budgetRemaining;
    return trap;
  }
}
