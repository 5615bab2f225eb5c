package org.minix3j.verification.audit;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.SystemSlots;
import org.minix3j.kernel.Kernel;

/**
 * The kernel audit attached to a booted system: spec/Privileges.tla's invariants on every
 * operation the kernel reports (as {@link KernelAudit} does), and those of spec/Ipc.tla that
 * need no message ledger (TypeOK, NotifyNeverBlocks, NoKernelBuffering, BlockedPeerAlive,
 * NoBlockedCycle) on the process table whenever {@link #check} is called, between two slices of
 * the run. UserSendrecOnlyToPmVfs is left out: the boot image's users may also reach RS and DS.
 *
 * <p>Use: {@link #attach} before the run, {@link #check} between slices, {@link #violations}.
 */
public final class LiveAudit {
  private static final List<String> IPC_NAMES =
      List.of("TypeOK", "NotifyNeverBlocks", "NoKernelBuffering", "BlockedPeerAlive",
          "NoBlockedCycle");

  private final InvariantCounters counters;
  private final PrivilegeInvariants privileges;
  private final IpcInvariants ipc;
  private final List<String> violations = new ArrayList<>();

  private LiveAudit(Kernel kernel) {
    List<String> names = new ArrayList<>(IPC_NAMES);
    names.addAll(PrivilegeInvariants.NAMES);
    counters = new InvariantCounters(names);
    // no user slot is audited for UserSendrecOnlyToPmVfs (see the class comment)
    privileges = new PrivilegeInvariants(kernel.privileges(), counters,
        new AuditRoles(SystemSlots.RS, SystemSlots.PM, SystemSlots.VFS, 1, 0));
    ipc = new IpcInvariants(kernel.table(), new MessageLedger());
    kernel.setObserver(privileges);
  }

  /** Starts auditing {@code kernel}: its observer is the audit from now on. */
  public static LiveAudit attach(Kernel kernel) {
    return new LiveAudit(kernel);
  }

  /** Evaluates the table's invariants now; returns the violations found since the last call. */
  public List<String> check() {
    List<String> found = new ArrayList<>(privileges.takeViolations());
    for (String name : IPC_NAMES) {
      String why = ipc.check(name);
      if (!counters.count(name, why == null)) {
        found.add(name + ": " + why);
      }
    }
    violations.addAll(found);
    return found;
  }

  /** Every violation found so far. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** Evaluations of every invariant so far. */
  public long evaluations() {
    long total = 0;
    for (String name : counters.names()) {
      total += counters.evaluations(name);
    }
    return total;
  }
}
