package org.minix3j.kernel;

import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;

/**
 * Hears every operation the kernel handles, after it is done, with its result: what the audit
 * evaluates spec/Privileges.tla's invariants on (the spec's {@code lastOp}). The kernel calls it
 * on its own thread; an observer must not call back into the kernel.
 */
public interface KernelObserver {
  /** An IPC trap by {@code slot}: {@code peerSlot} is -1 for RECEIVE from ANY or a bad endpoint. */
  default void ipc(int slot, IpcFunction primitive, int peerSlot, int result) {}

  /**
   * A kernel call by {@code slot}: {@code port} for SYS_DEVIO (else -1), {@code irq} for
   * SYS_IRQCTL (else -1), {@code targetSlot} for SYS_PRIVCTL (else -1).
   */
  default void kernelCall(int slot, KernelCall call, int port, int irq, int targetSlot, int result) {}

  /**
   * A SYS_PHYSCOPY by {@code slot} of {@code length} bytes at physical {@code address}, after
   * its {@link #kernelCall} report, with the same result.
   */
  default void physicalCopy(int slot, long address, int length, int result) {}

  /** A HARDWARE notification for IRQ {@code line} went to {@code slot}. */
  default void irqDelivered(int slot, int line) {}

  /** The observer that hears nothing. */
  KernelObserver NONE = new KernelObserver() {};
}
