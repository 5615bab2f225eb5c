package org.minix3j.drivers.printer;

/**
 * The printer driver's boot parameters: where its parallel port is.
 *
 * @param port the port's base (data; status and control follow; its privilege must grant the
 *     three ports)
 * @param irqLine the port's IRQ line (its privilege must grant it)
 */
public record PrinterConfig(int port, int irqLine) {
  /** LPT1, the PC's first parallel port: 0x378, IRQ 7. */
  public static final PrinterConfig LPT1 = new PrinterConfig(0x378, 7);

  public PrinterConfig {
    if (port < 0 || port > 0xFFFD || irqLine < 0 || irqLine > 15) {
      throw new IllegalArgumentException("bad parallel port at " + port + ", IRQ " + irqLine);
    }
  }
}
