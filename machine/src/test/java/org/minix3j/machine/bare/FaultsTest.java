package org.minix3j.machine.bare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minix3j.machine.cpu.Trap;
import org.minix3j.machine.cpu.TrapKind;
import org.minix3j.machine.elf.ElfImage;
import org.minix3j.machine.memory.PageFaultException;

/**
 * The fault paths of the bare runner: each program faults on purpose and the run reports the
 * right kind, address and EIP; QEMU, running the same program, dies of the matching signal.
 */
class FaultsTest {
  private static final int SIGILL = 4;
  private static final int SIGFPE = 8;
  private static final int SIGSEGV = 11;

  private record Run(BareResult result, Trap trap, int entry) {}

  private static Run run(Path directory, String name, int qemuSignal) throws Exception {
    QemuReference.requireInstalled();
    Path executable = TestPrograms.buildAssembly(directory, name);
    byte[] elf = Files.readAllBytes(executable);
    int entry = (int) ElfImage.parse(elf, 0xB0000000L).entryPoint();
    BareResult result;
    try (BareSession session = BareSession.load(elf, List.of(name), List.of(), 16 << 20,
        new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
      result = session.run(1_000_000);
    }
    assertEquals(BareResult.Ending.FAULTED, result.ending(), result.describe());
    Trap trap = result.fault();
    if (trap == null) {
      throw new AssertionError("a faulted run without its trap");
    }
    QemuReference.Result reference = new QemuReference(directory).run(executable, List.of(), 60);
    assertEquals(128 + qemuSignal, reference.exitStatus(), "QEMU's status for " + name);
    return new Run(result, trap, entry);
  }

  @Test
  void divideByZeroIsDivideError(@TempDir Path directory) throws Exception {
    Run run = run(directory, "divide_by_zero", SIGFPE);
    assertEquals(TrapKind.DIVIDE_ERROR, run.trap().kind());
    assertEquals(run.entry() + 2, run.trap().eip());
    assertEquals(run.entry() + 2, run.result().eip(), "EIP stays on the faulting instruction");
    assertTrue(run.result().describe().startsWith("divide error"), run.result().describe());
  }

  @Test
  void garbageIsInvalidOpcode(@TempDir Path directory) throws Exception {
    Run run = run(directory, "garbage", SIGILL);
    assertEquals(TrapKind.INVALID_OPCODE, run.trap().kind());
    assertEquals(run.entry() + 5, run.trap().eip());
  }

  @Test
  void writeToTextIsPageFaultOnPresentPage(@TempDir Path directory) throws Exception {
    Run run = run(directory, "write_text", SIGSEGV);
    assertEquals(TrapKind.PAGE_FAULT, run.trap().kind());
    assertEquals(run.entry(), run.trap().faultAddress());
    assertEquals(run.entry(), run.trap().eip());
    assertEquals(PageFaultException.ERROR_PRESENT | PageFaultException.ERROR_WRITE
        | PageFaultException.ERROR_USER, run.trap().errorCode());
    assertTrue(run.result().describe().contains("write to a read-only page"),
        run.result().describe());
  }

  @Test
  void jumpToStackIsNoExecuteFault(@TempDir Path directory) throws Exception {
    Run run = run(directory, "jump_to_stack", SIGSEGV);
    int stackPointer = run.result().registers()[4];
    assertEquals(TrapKind.PAGE_FAULT, run.trap().kind());
    assertEquals(stackPointer, run.trap().faultAddress());
    assertEquals(stackPointer, run.trap().eip());
    assertEquals(PageFaultException.ERROR_PRESENT | PageFaultException.ERROR_USER
        | PageFaultException.ERROR_FETCH, run.trap().errorCode());
    assertTrue(run.result().describe().contains("non-executable"), run.result().describe());
  }

  @Test
  void readOfPageZeroIsNotPresentFault(@TempDir Path directory) throws Exception {
    Run run = run(directory, "read_null", SIGSEGV);
    assertEquals(TrapKind.PAGE_FAULT, run.trap().kind());
    assertEquals(0, run.trap().faultAddress());
    assertEquals(run.entry(), run.trap().eip());
    assertEquals(PageFaultException.ERROR_USER, run.trap().errorCode());
  }
}
