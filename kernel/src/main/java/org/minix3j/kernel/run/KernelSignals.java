package org.minix3j.kernel.run;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Notification;
import org.minix3j.kernel.ipc.Ipc;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;

/**
 * Signals the kernel raises on its own (MINIX's cause_sig): an exception of an i386 process, or
 * the crash of a Java system process. The process is stopped (not runnable) with the signal
 * pending, and PM (a setting, like the SYS_PRIVCTL slot) is notified from {@link
 * Notification#HARDWARE}; PM then takes the signals with SYS_GETKSIG and releases the process
 * with SYS_ENDKSIG (or removes it with SYS_EXIT). The death of a Java system process is told
 * to the repairer as well (RS, a setting too): a NOTIFY from {@link Notification#HARDWARE}, after
 * which RS reads the kernel's death record; so a PM blocked in a call to a server that waits for
 * the dead driver cannot hold up the repair.
 *
 * <p>Invariants: a stopped slot never enters a ready queue; the endpoint recorded with the
 * signals is the one the process had when they were raised, so a crashed and vacated slot still
 * reports who crashed until PM has taken it or the slot is reused.
 */
final class KernelSignals {
  private final ProcessTable table;
  private final Ipc ipc;
  private final int[] signals;
  private final int[] endpoints;
  private final boolean[] stopped;
  private int pmSlot = -1;
  private int repairSlot = -1;

  KernelSignals(ProcessTable table, Ipc ipc) {
    this.table = table;
    this.ipc = ipc;
    this.signals = new int[table.size()];
    this.endpoints = new int[table.size()];
    this.stopped = new boolean[table.size()];
  }

  void setPmSlot(int slot) {
    pmSlot = slot;
  }

  void setRepairSlot(int slot) {
    repairSlot = slot;
  }

  boolean stopped(int slot) {
    return stopped[slot];
  }

  /** Stops {@code process} with {@code signal} pending and tells PM. */
  void raise(ProcessSlot process, int signal) {
    int slot = process.slot();
    stopped[slot] = process.alive();
    signals[slot] |= KernelSignal.bit(signal);
    endpoints[slot] = process.endpoint();
    if (pmSlot >= 0 && pmSlot != slot && table.slot(pmSlot).alive()) {
      ipc.kernelNotify(Notification.HARDWARE, table.slot(pmSlot));
    }
  }

  /** The Java system process {@code process} died with {@code signal}: PM and the repairer hear. */
  // spec: Recovery!RSReap (the exit reaches RS)
  void serviceDied(ProcessSlot process, int signal) {
    raise(process, signal);
    if (repairSlot >= 0 && repairSlot != process.slot() && table.slot(repairSlot).alive()) {
      ipc.kernelNotify(Notification.HARDWARE, table.slot(repairSlot));
    }
  }

  /** SYS_GETKSIG: the lowest slot with signals pending into words 0 and 1, which are taken. */
  void take(int[] answer) {
    for (int slot = 0; slot < signals.length; slot++) {
      if (signals[slot] != 0) {
        answer[KernelSignal.ENDPOINT_WORD] = endpoints[slot];
        answer[KernelSignal.SIGNALS_WORD] = signals[slot];
        signals[slot] = 0;
        return;
      }
    }
    answer[KernelSignal.ENDPOINT_WORD] = Endpoint.NONE;
    answer[KernelSignal.SIGNALS_WORD] = 0;
  }

  /** SYS_ENDKSIG: releases the stop of the live process {@code endpoint}; returns its slot or -1. */
  int end(int endpoint) {
    ProcessSlot process = table.current(endpoint);
    if (process == null || !stopped[process.slot()]) {
      return -1;
    }
    stopped[process.slot()] = false;
    return process.slot();
  }

  /** A new process in {@code slot}: nothing pending, not stopped. */
  void clear(int slot) {
    signals[slot] = 0;
    stopped[slot] = false;
  }

  /** The process in {@code slot} exited: it is no longer stopped, its signals stay for PM. */
  void exited(int slot) {
    stopped[slot] = false;
  }
}
