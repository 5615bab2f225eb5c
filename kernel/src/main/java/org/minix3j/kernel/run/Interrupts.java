package org.minix3j.kernel.run;

import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.sys.SystemTask;
import org.minix3j.machine.devices.Board;
import org.minix3j.machine.devices.pic.CascadedPic;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortWidth;

/**
 * The kernel's side of the PIC pair: initialisation (IRQ 0-7 at vectors 0x20-0x27, 8-15 at
 * 0x28-0x2F), and the service of pending requests, which the run loop calls after every
 * advance of the simulated clock (the CPU has no interrupt pins of its own: interrupts are
 * taken between slices and at kernel entries). IRQ 0 goes to the CLOCK task, every other line
 * to the SYS task's delivery (spec: Privileges!IrqDeliver); each gets its EOI at once.
 */
final class Interrupts {
  private static final int MASTER_VECTOR_BASE = 0x20;
  private static final int SLAVE_VECTOR_BASE = 0x28;
  private static final int EOI = 0x20;

  private final CascadedPic pic;
  private final PortBus ports;
  private final ClockTask clock;
  private final SystemTask system;

  Interrupts(Board board, ClockTask clock, SystemTask system) {
    this.pic = board.interruptController();
    this.ports = board.bus();
    this.clock = clock;
    this.system = system;
  }

  /** ICW1-ICW4 to both chips, every line unmasked. */
  void initialise() {
    byte[][] words = {
      {0x11, MASTER_VECTOR_BASE, 0x04, 0x01},
      {0x11, SLAVE_VECTOR_BASE, 0x02, 0x01},
    };
    int[] commandPorts = {CascadedPic.MASTER_COMMAND_PORT, CascadedPic.SLAVE_COMMAND_PORT};
    for (int chip = 0; chip < 2; chip++) {
      ports.out(commandPorts[chip], PortWidth.BYTE, words[chip][0]);
      for (int i = 1; i < 4; i++) {
        ports.out(commandPorts[chip] + 1, PortWidth.BYTE, words[chip][i]);
      }
      ports.out(commandPorts[chip] + 1, PortWidth.BYTE, 0);
    }
  }

  /**
   * Takes every pending request; {@code runningSlot} is billed for clock ticks (-1: idle), as
   * user time if {@code userMode} (its i386 code was running), else as system time.
   */
  void service(int runningSlot, boolean userMode) {
    while (pic.interruptPending()) {
      int line = pic.acknowledge() - MASTER_VECTOR_BASE;
      if (line == 0) {
        clock.tick(runningSlot, userMode);
      } else {
        system.interrupt(line);
      }
      if (line >= 8) {
        ports.out(CascadedPic.SLAVE_COMMAND_PORT, PortWidth.BYTE, EOI);
      }
      ports.out(CascadedPic.MASTER_COMMAND_PORT, PortWidth.BYTE, EOI);
    }
  }
}
