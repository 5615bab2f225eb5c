package org.minix3j.kernel;

import java.util.function.LongSupplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.ipc.NotificationSource;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.priv.PrivilegeTable;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.kernel.sys.SystemTask;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The kernel's tables and its IPC trap: the process table, IPC and the privilege table, wired
 * together. A trap is checked in MINIX's fixed order (function, trap mask, peer, send mask),
 * each failure with its own error, and only then performed by {@link Ipc}.
 *
 * <p>Entry points: {@link #trap} for an IPC call of a process (whether an i386 process's {@code
 * int 0x21} or a Java system process's handle), {@link #spawn} and {@link #exit} for the
 * process table. Not thread-safe: the kernel runs on one thread.
 */
public final class Kernel {
  /** The IPC primitives by function number (null where no primitive has the number). */
  private static final @Nullable IpcFunction[] PRIMITIVES = primitivesByNumber();

  private final ProcessTable table;
  private final PrivilegeTable privileges;
  private final Ipc ipc;
  private final SystemTask system;
  private KernelObserver observer = KernelObserver.NONE;
  private LongSupplier nanoseconds = () -> 0L;
  private LongSupplier uptimeTicks = () -> 0L;

  /**
   * A kernel with {@code slots} process-table slots over the machine's port bus and physical
   * memory (which SYS_PHYSCOPY reaches within the caller's memory ranges).
   */
  public Kernel(int slots, KernelMutant mutant, PortBus ports, PhysicalMemory memory) {
    table = new ProcessTable(slots);
    privileges = new PrivilegeTable(slots, mutant);
    ipc = new Ipc(table, mutant);
    system = new SystemTask(table, privileges, ipc, ports, memory);
    ipc.setNotificationSource(
        new NotificationSource() {
          @Override
          public int argument(ProcessSlot receiver, int sourceSlot) {
            return switch (sourceSlot) {
              case Notification.HARDWARE -> system.takePendingIrqs(receiver.slot());
              case Notification.CLOCK -> (int) uptimeTicks.getAsLong();
              default -> 0;
            };
          }

          @Override
          public long microseconds() {
            return nanoseconds.getAsLong() / 1000;
          }
        });
  }

  /** Tells {@code observer} of every trap, kernel call and interrupt delivery from now on. */
  public void setObserver(KernelObserver observer) {
    this.observer = observer;
    system.setObserver(observer);
  }

  /**
   * Gives notifications their time word ({@code nanoseconds}, the simulated clock) and the
   * CLOCK source's argument ({@code uptimeTicks}); both read zero until this is called.
   */
  public void setClock(LongSupplier nanoseconds, LongSupplier uptimeTicks) {
    this.nanoseconds = nanoseconds;
    this.uptimeTicks = uptimeTicks;
  }

  /** The SYS task: kernel calls and interrupts. */
  public SystemTask system() {
    return system;
  }

  public ProcessTable table() {
    return table;
  }

  public PrivilegeTable privileges() {
    return privileges;
  }

  public Ipc ipc() {
    return ipc;
  }

  /**
   * An IPC trap by {@code caller}: {@code function} is the raw function number, {@code peer} the
   * destination or source endpoint; an outgoing message is already in the caller's message
   * words. Returns the result, or {@link Ipc#BLOCKED}.
   */
  // spec: Privileges!ProcIpc, then Ipc!ProcSend / Ipc!ProcReceive / Ipc!ProcNotify
  public int trap(ProcessSlot caller, int function, int peer) {
    IpcFunction primitive = primitive(function);
    if (primitive == null) {
      return refuse(caller, Errno.EBADCALL.wireValue());
    }
    boolean fromAny = primitive == IpcFunction.RECEIVE && peer == Endpoint.ANY;
    int peerSlot = !fromAny && table.inRange(peer) ? Endpoint.slot(peer) : -1;
    int result = checkedIpc(caller, primitive, peer, fromAny);
    observer.ipc(caller.slot(), primitive, peerSlot, result);
    return result;
  }

  /** {@link IpcFunction#fromNumber}, without its copy of {@code values()} on every trap. */
  private static @Nullable IpcFunction primitive(int function) {
    return function >= 0 && function < PRIMITIVES.length ? PRIMITIVES[function] : null;
  }

  private int checkedIpc(ProcessSlot caller, IpcFunction primitive, int peer, boolean fromAny) {
    int check = privileges.checkTrap(caller.slot(), primitive);
    if (check != Errno.OK_VALUE) {
      return refuse(caller, check);
    }
    if (!fromAny && !table.inRange(peer)) {
      return refuse(caller, Errno.EBADSRCDST.wireValue());
    }
    check = privileges.checkDestination(caller.slot(), primitive,
        fromAny ? -1 : Endpoint.slot(peer));
    if (check != Errno.OK_VALUE) {
      return refuse(caller, check);
    }
    return switch (primitive) {
      case SEND -> ipc.send(caller, peer, false);
      case SENDREC -> ipc.send(caller, peer, true);
      case RECEIVE -> ipc.receive(caller, peer);
      case NOTIFY -> ipc.notify(caller, peer);
    };
  }

  private static int refuse(ProcessSlot caller, int error) {
    caller.setResult(error);
    return error;
  }

  private static @Nullable IpcFunction[] primitivesByNumber() {
    int highest = 0;
    for (IpcFunction function : IpcFunction.values()) {
      highest = Math.max(highest, function.number());
    }
    @Nullable IpcFunction[] byNumber = new IpcFunction[highest + 1];
    for (IpcFunction function : IpcFunction.values()) {
      byNumber[function.number()] = function;
    }
    return byNumber;
  }

  /** Starts a process named {@code name} in the free slot {@code slot} with {@code privilege}. */
  // spec: Ipc!SlotRestart
  public ProcessSlot spawn(int slot, String name, Privilege privilege) {
    ProcessSlot p = table.occupy(slot, name);
    privileges.install(slot, privilege);
    return p;
  }

  /** Removes {@code process}: IPC cleanup, then its privileges, then its slot. */
  // spec: Ipc!ProcExit
  public void exit(ProcessSlot process) {
    int slot = process.slot();
    ipc.exit(process);
    privileges.clear(slot);
    system.clear(slot);
  }
}
