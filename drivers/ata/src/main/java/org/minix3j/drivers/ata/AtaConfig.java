package org.minix3j.drivers.ata;

/**
 * The ATA driver's boot parameters: where its channel is.
 *
 * @param commandPort the command block's first port, the data register (8 ports: data, error,
 *     sector count, LBA low, mid, high, device, status/command; its privilege must grant them)
 * @param controlPort the control block's port (alternate status, device control)
 * @param irqLine the channel's IRQ line (its privilege must grant it)
 */
public record AtaConfig(int commandPort, int controlPort, int irqLine) {
  /** The primary channel of a PC: 0x1F0-0x1F7 and 0x3F6, IRQ 14. */
  public static final AtaConfig PRIMARY = new AtaConfig(0x1F0, 0x3F6, 14);

  public AtaConfig {
    if (commandPort < 0 || commandPort > 0xFFF8 || controlPort < 0 || controlPort > 0xFFFF
        || irqLine < 0 || irqLine > 15) {
      throw new IllegalArgumentException("bad ATA channel at ports " + commandPort + " and "
          + controlPort + ", IRQ " + irqLine);
    }
  }
}
