package org.minix3j.boot;

import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;

/**
 * The first instance of the service {@code label} takes an exception at its {@code entry}-th
 * kernel entry (a crash, as the kernel sees it); later instances run as they are.
 */
final class CrashAtEntry implements ServiceWrap {
  private final String label;
  private final int entry;
  private boolean wrapped;

  CrashAtEntry(String label, int entry) {
    this.label = label;
    this.entry = entry;
  }

  @Override
  public SystemProcess wrap(String service, SystemProcess instance) {
    if (!service.equals(label) || wrapped) {
      return instance;
    }
    wrapped = true;
    return sys -> instance.run(new Doomed(sys));
  }

  private final class Doomed extends InterposedSystemCalls {
    private int entries;

    Doomed(SystemCalls delegate) {
      super(delegate);
    }

    @Override
    protected void entering() {
      if (++entries == entry) {
        throw new IllegalStateException(label + ": injected crash at kernel entry " + entry);
      }
    }
  }
}
