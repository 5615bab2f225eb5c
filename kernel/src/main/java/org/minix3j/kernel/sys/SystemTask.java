package org.minix3j.kernel.sys;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRequest;
import org.minix3j.kernel.KernelObserver;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.priv.PrivilegeTable;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.io.PortWidth;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The SYS task's calls that concern privileges and hardware: SYS_PRIVCTL, SYS_DEVIO, SYS_VDEVIO,
 * SYS_PHYSCOPY, SYS_IRQCTL, and interrupt delivery. Every call is checked against the caller's call mask first
 * ({@link Errno#ECALLDENIED}), then against its port ranges, IRQ lines or memory ranges ({@link
 * Errno#EPERM});
 * a refused call changes nothing.
 *
 * <p>Interrupts: a hooked line that fires sets the line's bit in each hooked process's pending
 * IRQ word and notifies it from {@link Notification#HARDWARE}; the notification's argument is
 * that word, cleared as it is delivered (MINIX's HARD_INT).
 */
public final class SystemTask {
  private final ProcessTable table;
  private final PrivilegeTable privileges;
  private final Ipc ipc;
  private final PortBus ports;
  private final PhysicalMemory memory;
  private final int[] pendingIrqs;
  private KernelObserver observer = KernelObserver.NONE;
  private Runnable physicalWriteListener = () -> {};

  public SystemTask(
      ProcessTable table, PrivilegeTable privileges, Ipc ipc, PortBus ports,
      PhysicalMemory memory) {
    this.table = table;
    this.privileges = privileges;
    this.ipc = ipc;
    this.ports = ports;
    this.memory = memory;
    this.pendingIrqs = new int[table.size()];
  }

  /**
   * Runs {@code listener} after every SYS_PHYSCOPY write: VM writes page tables that way, so the
   * run loop flushes the TLB there.
   */
  public void setPhysicalWriteListener(Runnable listener) {
    this.physicalWriteListener = listener;
  }

  /** Tells {@code observer} of every call and interrupt from now on. */
  public void setObserver(KernelObserver observer) {
    this.observer = observer;
  }

  /** Checks that {@code caller} may make {@code call} at all. */
  // spec: Privileges!ProcKernelCall
  public int check(ProcessSlot caller, KernelCall call) {
    return privileges.checkCall(caller.slot(), call);
  }

  /** A kernel call with no check beyond the call mask; tells the observer its result. */
  // spec: Privileges!ProcKernelCall
  public int checkAndReport(ProcessSlot caller, KernelCall call) {
    int result = check(caller, call);
    observer.kernelCall(caller.slot(), call, -1, -1, -1, result);
    return result;
  }

  /**
   * SYS_PRIVCTL: gives the live process {@code target} (an endpoint) the privilege {@code
   * privilege}; null stands for a request the kernel could not turn into one ({@link
   * Errno#EINVAL} once the call mask allows the call).
   */
  // spec: Privileges!ProcPrivCtl
  public int privctl(ProcessSlot caller, int target, @Nullable Privilege privilege) {
    ProcessSlot process = table.current(target);
    int targetSlot = process == null ? -1 : process.slot();
    int result = check(caller, KernelCall.SYS_PRIVCTL);
    if (result == Errno.OK_VALUE) {
      if (privilege == null) {
        result = Errno.EINVAL.wireValue();
      } else {
        result = process == null
            ? Errno.EDEADSRCDST.wireValue()
            : privileges.privctl(caller.slot(), process.slot(), privilege);
      }
    }
    observer.kernelCall(caller.slot(), KernelCall.SYS_PRIVCTL, -1, -1, targetSlot, result);
    return result;
  }

  /**
   * SYS_DEVIO: reads ({@code write} false) or writes one port; the value read is returned
   * through {@code result[0]}.
   */
  // spec: Privileges!ProcDevIo
  public int devio(
      ProcessSlot caller, int port, PortWidth width, boolean write, int value, int[] result) {
    int outcome = performDevio(caller, port, width, write, value, result);
    observer.kernelCall(caller.slot(), KernelCall.SYS_DEVIO, port, -1, -1, outcome);
    return outcome;
  }

  private int performDevio(
      ProcessSlot caller, int port, PortWidth width, boolean write, int value, int[] result) {
    int check = check(caller, KernelCall.SYS_DEVIO);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (port < 0 || port + width.bytes() > PortBus.PORT_COUNT) {
      return Errno.EINVAL.wireValue();
    }
    check = privileges.checkPorts(caller.slot(), port, width.bytes());
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (write) {
      ports.out(port, width, value);
    } else {
      result[0] = ports.in(port, width);
    }
    return Errno.OK_VALUE;
  }

  /**
   * SYS_VDEVIO: the port accesses of {@code requests} in order, a read's value into the same
   * index of {@code values}. All are checked before any is made (width, port range, the
   * caller's port ranges), so a refused call touches no port.
   */
  // spec: Privileges!ProcDevIo (for each port)
  public int vdevio(ProcessSlot caller, List<PortRequest> requests, long[] values) {
    int outcome = performVdevio(caller, requests, values);
    int port = requests.isEmpty() ? -1 : requests.get(0).port();
    observer.kernelCall(caller.slot(), KernelCall.SYS_VDEVIO, port, -1, -1, outcome);
    return outcome;
  }

  private int performVdevio(ProcessSlot caller, List<PortRequest> requests, long[] values) {
    int check = check(caller, KernelCall.SYS_VDEVIO);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (values.length < requests.size()) {
      return Errno.EINVAL.wireValue();
    }
    for (PortRequest request : requests) {
      @Nullable PortWidth width = widthOf(request.width());
      if (width == null || request.port() < 0
          || request.port() + width.bytes() > PortBus.PORT_COUNT) {
        return Errno.EINVAL.wireValue();
      }
      check = privileges.checkPorts(caller.slot(), request.port(), width.bytes());
      if (check != Errno.OK_VALUE) {
        return check;
      }
    }
    for (int i = 0; i < requests.size(); i++) {
      PortRequest request = requests.get(i);
      PortWidth width = requireWidth(request.width());
      if (request.write()) {
        ports.out(request.port(), width, request.value());
      } else {
        values[i] = Integer.toUnsignedLong(ports.in(request.port(), width));
      }
    }
    return Errno.OK_VALUE;
  }

  /** The port width of {@code bytes} (1, 2 or 4), or null. */
  public static @Nullable PortWidth widthOf(int bytes) {
    return switch (bytes) {
      case 1 -> PortWidth.BYTE;
      case 2 -> PortWidth.WORD;
      case 4 -> PortWidth.DOUBLEWORD;
      default -> null;
    };
  }

  private static PortWidth requireWidth(int bytes) {
    @Nullable PortWidth width = widthOf(bytes);
    if (width == null) {
      throw new IllegalArgumentException("port width " + bytes + " was checked");
    }
    return width;
  }

  /**
   * SYS_PHYSCOPY: copies {@code length} bytes between physical memory at {@code address} and
   * {@code buffer} from {@code offset} ({@code toMemory}: into memory). The whole range must lie
   * in one of the caller's memory ranges ({@link Errno#EPERM}) and in the machine's memory
   * ({@link Errno#EFAULT}); the buffer range must be inside the array ({@link Errno#EFAULT}).
   */
  // spec: Privileges!ProcPhysCopy
  public int physcopy(ProcessSlot caller, long address, byte[] buffer, int offset, int length,
      boolean toMemory) {
    int outcome = performPhyscopy(caller, address, buffer, offset, length, toMemory);
    observer.kernelCall(caller.slot(), KernelCall.SYS_PHYSCOPY, -1, -1, -1, outcome);
    observer.physicalCopy(caller.slot(), address, length, outcome);
    return outcome;
  }

  private int performPhyscopy(ProcessSlot caller, long address, byte[] buffer, int offset,
      int length, boolean toMemory) {
    int check = check(caller, KernelCall.SYS_PHYSCOPY);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (length < 0 || address < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (offset < 0 || (long) offset + length > buffer.length) {
      return Errno.EFAULT.wireValue();
    }
    check = privileges.checkMemory(caller.slot(), address, length);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (address + length > memory.size()) {
      return Errno.EFAULT.wireValue();
    }
    if (toMemory) {
      memory.writeBytes((int) address, buffer, offset, length);
      physicalWriteListener.run();
    } else {
      memory.readBytes((int) address, buffer, offset, length);
    }
    return Errno.OK_VALUE;
  }

  /** SYS_IRQCTL: hooks ({@code enable}) or unhooks the caller on IRQ {@code line}. */
  // spec: Privileges!ProcIrqCtl
  public int irqctl(ProcessSlot caller, int line, boolean enable) {
    int outcome = performIrqctl(caller, line, enable);
    observer.kernelCall(caller.slot(), KernelCall.SYS_IRQCTL, -1, line, -1, outcome);
    return outcome;
  }

  private int performIrqctl(ProcessSlot caller, int line, boolean enable) {
    int check = check(caller, KernelCall.SYS_IRQCTL);
    if (check != Errno.OK_VALUE) {
      return check;
    }
    if (line < 0 || line >= PrivilegeTable.IRQ_LINES) {
      return Errno.EINVAL.wireValue();
    }
    if (!enable) {
      privileges.unhookIrq(caller.slot(), line);
      return Errno.OK_VALUE;
    }
    return privileges.hookIrq(caller.slot(), line);
  }

  /** IRQ {@code line} fired: every process hooked to it is notified. Returns how many. */
  // spec: Privileges!IrqDeliver
  public int interrupt(int line) {
    int notified = 0;
    for (int slot = privileges.hooks(line).lowest(); slot >= 0; slot = privileges.hooks(line).next(slot + 1)) {
      ProcessSlot process = table.slot(slot);
      if (process.alive() && privileges.of(slot).allowsIrq(line)) {
        pendingIrqs[slot] |= 1 << line;
        ipc.kernelNotify(Notification.HARDWARE, process);
        observer.irqDelivered(slot, line);
        notified++;
      }
    }
    return notified;
  }

  /** The pending IRQ lines of {@code slot}, cleared: the argument of its HARDWARE notification. */
  public int takePendingIrqs(int slot) {
    int lines = pendingIrqs[slot];
    pendingIrqs[slot] = 0;
    return lines;
  }

  /** Forgets the pending interrupts of a slot whose process exited. */
  public void clear(int slot) {
    pendingIrqs[slot] = 0;
  }
}
