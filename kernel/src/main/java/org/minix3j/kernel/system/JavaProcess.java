package org.minix3j.kernel.system;

import org.minix3j.abi.SystemProcess;
import org.minix3j.kernel.exec.Coroutine;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.run.KernelEntries;

/**
 * A Java system process as the run loop sees it: a {@link SystemProcess} body on its own
 * coroutine, with a {@link CheckedHandle} for its slot. The loop resumes the coroutine when the
 * scheduler picks the process; the body runs until a call of its handle blocks or yields, or
 * until it returns (the process ends) or throws (the process crashed).
 */
public final class JavaProcess {
  private final Coroutine coroutine;

  public JavaProcess(ProcessSlot slot, SystemProcess body, CoroutineKind kind, KernelEntries kernel) {
    CheckedHandle handle = new CheckedHandle(slot, kernel);
    this.coroutine =
        kind.create(
            slot.name(),
            suspender -> {
              handle.start(suspender);
              body.run(handle);
            });
  }

  public Coroutine coroutine() {
    return coroutine;
  }
}
