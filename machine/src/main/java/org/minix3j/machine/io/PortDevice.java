package org.minix3j.machine.io;

/**
 * A device's side of the {@link PortBus}: it answers the reads and writes to the ports it
 * registered.
 *
 * <p>By default a device takes byte accesses only; a wider access to it is split by the bus into
 * byte accesses to consecutive ports, as the ISA bus does for an 8-bit device. A device that has
 * a wider register (the ATA data port) says so in {@link #acceptsWidth}. Values passed in and
 * returned are masked to the access width by the bus.
 */
public interface PortDevice {
  /** Reads {@code width} bytes at {@code port}. */
  int read(int port, PortWidth width);

  /** Writes the low {@code width} bytes of {@code value} at {@code port}. */
  void write(int port, PortWidth width, int value);

  /** Whether the device takes an access of this width at this port in one piece. */
  default boolean acceptsWidth(int port, PortWidth width) {
    return width == PortWidth.BYTE;
  }
}
