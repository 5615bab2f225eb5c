package org.minix3j.kernel.ipc;

import org.minix3j.kernel.proc.ProcessSlot;

/** What the scheduler needs to hear from IPC: a blocked process became runnable. */
@FunctionalInterface
public interface IpcListener {
  /** {@code process} left SENDING or RECEIVING; its {@link ProcessSlot#result()} is set. */
  void unblocked(ProcessSlot process);

  /** A listener that ignores everything. */
  IpcListener NONE = process -> {};
}
