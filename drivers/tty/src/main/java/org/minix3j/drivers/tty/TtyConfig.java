package org.minix3j.drivers.tty;

/**
 * The terminal driver's boot parameters: where its UART is.
 *
 * @param uartPort the 16550's base port (8 ports; its privilege must grant them)
 * @param irqLine the UART's IRQ line (its privilege must grant it)
 */
public record TtyConfig(int uartPort, int irqLine) {
  /** COM1, the PC console: 0x3F8, IRQ 4. */
  public static final TtyConfig COM1 = new TtyConfig(0x3F8, 4);

  public TtyConfig {
    if (uartPort < 0 || uartPort > 0xFFF8 || irqLine < 0 || irqLine > 15) {
      throw new IllegalArgumentException("bad UART at port " + uartPort + ", IRQ " + irqLine);
    }
  }
}
