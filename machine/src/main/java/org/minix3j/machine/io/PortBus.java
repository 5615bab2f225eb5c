package org.minix3j.machine.io;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The port I/O bus of the minix3j machine: a 64 KiB space of 8-bit ports that devices claim in
 * ranges, with 8-, 16- and 32-bit IN and OUT.
 *
 * <p>Entry points: devices (or the board that assembles them) call {@link #register}; the kernel
 * calls {@link #in} / {@link #out} (or the sized shorthands) on behalf of drivers after checking
 * their privileges. The bus itself has no policy.
 *
 * <p>Behaviour: an access goes to the device owning its first port in one piece when the device
 * accepts that width there and owns every port the access covers; otherwise it is split into
 * byte accesses, low byte first, each routed on its own (as an ISA bus does for an 8-bit
 * device). A byte port no device claims reads all ones and ignores writes; such accesses are
 * counted and reported to the {@link UnclaimedPortListener}. Invariant: no port has two owners
 * (an overlapping registration is refused and leaves the bus unchanged).
 */
public final class PortBus {
  /** The number of ports: 0x0000 to 0xFFFF. */
  public static final int PORT_COUNT = 0x1_0000;

  /** One claimed range. */
  public record Registration(int firstPort, int count, String name, PortDevice device) {
    /** True when {@code port} is inside the range. */
    public boolean contains(int port) {
      return port >= firstPort && port < firstPort + count;
    }
  }

  private final @Nullable Registration[] owners = new @Nullable Registration[PORT_COUNT];
  private final List<Registration> registrations = new ArrayList<>();
  private UnclaimedPortListener unclaimedListener = UnclaimedPortListener.NONE;
  private long unclaimedAccesses;

  /**
   * Claims ports {@code firstPort .. firstPort + count - 1} for {@code device}.
   *
   * @throws PortBusException if the range is empty, outside the port space, or overlaps a range
   *     already claimed (the message names both owners)
   */
  public void register(int firstPort, int count, String name, PortDevice device) {
    if (count <= 0 || firstPort < 0 || firstPort + count > PORT_COUNT) {
      throw new PortBusException(
          String.format(
              "cannot register '%s' at ports 0x%X count %d: outside 0x0000-0xFFFF",
              name, firstPort, count));
    }
    for (int port = firstPort; port < firstPort + count; port++) {
      Registration owner = owners[port];
      if (owner != null) {
        throw new PortBusException(
            String.format(
                "cannot register '%s' at ports 0x%X-0x%X: port 0x%X already belongs to '%s'"
                    + " (0x%X-0x%X)",
                name,
                firstPort,
                firstPort + count - 1,
                port,
                owner.name(),
                owner.firstPort(),
                owner.firstPort() + owner.count() - 1));
      }
    }
    Registration registration = new Registration(firstPort, count, name, device);
    for (int port = firstPort; port < firstPort + count; port++) {
      owners[port] = registration;
    }
    registrations.add(registration);
  }

  /** The claimed ranges in registration order. */
  public List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  /** The number of unclaimed byte ports accessed so far. */
  public long unclaimedAccesses() {
    return unclaimedAccesses;
  }

  /** Installs the observer of unclaimed accesses. */
  public void setUnclaimedListener(UnclaimedPortListener listener) {
    this.unclaimedListener = listener;
  }

  /** IN: reads {@code width} bytes from {@code port}. */
  public int in(int port, PortWidth width) {
    checkPort(port);
    Registration owner = wholeAccessOwner(port, width);
    if (owner != null) {
      return owner.device().read(port, width) & width.mask();
    }
    int value = 0;
    for (int index = 0; index < width.bytes(); index++) {
      value |= readByte(port + index, width) << (8 * index);
    }
    return value;
  }

  /** OUT: writes the low {@code width} bytes of {@code value} to {@code port}. */
  public void out(int port, PortWidth width, int value) {
    checkPort(port);
    Registration owner = wholeAccessOwner(port, width);
    if (owner != null) {
      owner.device().write(port, width, value & width.mask());
      return;
    }
    for (int index = 0; index < width.bytes(); index++) {
      writeByte(port + index, width, (value >>> (8 * index)) & 0xFF);
    }
  }

  /** IN AL. */
  public int in8(int port) {
    return in(port, PortWidth.BYTE);
  }

  /** IN AX. */
  public int in16(int port) {
    return in(port, PortWidth.WORD);
  }

  /** IN EAX. */
  public int in32(int port) {
    return in(port, PortWidth.DOUBLEWORD);
  }

  /** OUT AL. */
  public void out8(int port, int value) {
    out(port, PortWidth.BYTE, value);
  }

  /** OUT AX. */
  public void out16(int port, int value) {
    out(port, PortWidth.WORD, value);
  }

  /** OUT EAX. */
  public void out32(int port, int value) {
    out(port, PortWidth.DOUBLEWORD, value);
  }

  private @Nullable Registration wholeAccessOwner(int port, PortWidth width) {
    Registration owner = owners[port];
    if (owner == null
        || !owner.contains(port + width.bytes() - 1)
        || !owner.device().acceptsWidth(port, width)) {
      return null;
    }
    return owner;
  }

  private int readByte(int port, PortWidth width) {
    Registration owner = port < PORT_COUNT ? owners[port] : null;
    if (owner == null) {
      unclaimed(port, width, false, 0xFF);
      return 0xFF;
    }
    return owner.device().read(port, PortWidth.BYTE) & 0xFF;
  }

  private void writeByte(int port, PortWidth width, int value) {
    Registration owner = port < PORT_COUNT ? owners[port] : null;
    if (owner == null) {
      unclaimed(port, width, true, value);
      return;
    }
    owner.device().write(port, PortWidth.BYTE, value);
  }

  private void unclaimed(int port, PortWidth width, boolean write, int value) {
    unclaimedAccesses++;
    unclaimedListener.unclaimedAccess(port & 0xFFFF, width, write, value);
  }

  private static void checkPort(int port) {
    if (port < 0 || port >= PORT_COUNT) {
      throw new PortBusException(String.format("port 0x%X outside 0x0000-0xFFFF", port));
    }
  }
}
