package org.minix3j.machine.devices.pic;

import org.minix3j.machine.devices.InterruptController;
import org.minix3j.machine.devices.InterruptLine;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortDevice;
import org.minix3j.machine.io.PortWidth;

/**
 * The PC's pair of 8259A controllers: the master at ports 0x20/0x21 takes IRQ 0-7, the slave at
 * 0xA0/0xA1 takes IRQ 8-15 and drives the master's input 2 (the cascade).
 *
 * <p>Entry points: {@link #line(int)} gives devices their IRQ wire; {@link #attach(PortBus)}
 * claims the four ports; the CPU side uses {@link #interruptPending()} and {@link
 * #acknowledge()} (INTA). During INTA the master picks its highest request; if that input has a
 * slave (ICW3), the slave completes the cycle and supplies the vector, so both chips hold the
 * level in service and the kernel must send an EOI to each. IRQ 2 is the cascade itself and has
 * no device wire.
 */
public final class CascadedPic implements InterruptController, PortDevice {
  /** The master's command port. */
  public static final int MASTER_COMMAND_PORT = 0x20;

  /** The slave's command port. */
  public static final int SLAVE_COMMAND_PORT = 0xA0;

  /** The master input the slave is wired to. */
  public static final int CASCADE_IRQ = 2;

  private final Pic8259 master = new Pic8259("pic-master", InterruptLine.DISCONNECTED);
  private final Pic8259 slave = new Pic8259("pic-slave", master.input(CASCADE_IRQ));

  /** Claims 0x20-0x21 and 0xA0-0xA1. */
  public void attach(PortBus bus) {
    bus.register(MASTER_COMMAND_PORT, 2, "pic-master", this);
    bus.register(SLAVE_COMMAND_PORT, 2, "pic-slave", this);
  }

  /** The wire of IRQ {@code irq} (0-15 except the cascade, 2). */
  public InterruptLine line(int irq) {
    if (irq < 0 || irq > 15 || irq == CASCADE_IRQ) {
      throw new IllegalArgumentException("no device IRQ line " + irq + " (0-15, 2 is the cascade)");
    }
    return irq < 8 ? master.input(irq) : slave.input(irq - 8);
  }

  /** The master chip (IRQ 0-7). */
  public Pic8259 master() {
    return master;
  }

  /** The slave chip (IRQ 8-15). */
  public Pic8259 slave() {
    return slave;
  }

  @Override
  public boolean interruptPending() {
    return master.hasRequest();
  }

  @Override
  public int acknowledge() {
    int level = master.acknowledge();
    if (master.hasSlaveOn(level)) {
      return slave.vectorFor(slave.acknowledge());
    }
    return master.vectorFor(level);
  }

  @Override
  public int read(int port, PortWidth width) {
    return chipAt(port).readPort((port & 1) != 0);
  }

  @Override
  public void write(int port, PortWidth width, int value) {
    chipAt(port).writePort((port & 1) != 0, value);
  }

  private Pic8259 chipAt(int port) {
    return (port & ~1) == SLAVE_COMMAND_PORT ? slave : master;
  }
}
