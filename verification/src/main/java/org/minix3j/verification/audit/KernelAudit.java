package org.minix3j.verification.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.machine.io.PortBus;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * The kernel audit: spec/Ipc.tla's and spec/Privileges.tla's invariants, in Java under the same
 * names, evaluated on a live kernel after every kernel step while a seeded random workload
 * runs ({@link AuditWorkload}). Stops at the first step that breaks an invariant and keeps the
 * step, what broke and the kernel's state.
 *
 * <p>Usual use: {@code KernelAudit.run(seed, steps, KernelMutant.NONE, progress)}, then {@link
 * Result#table()}.
 */
public final class KernelAudit {
  private KernelAudit() {}

  /**
   * What an audit found.
   *
   * @param steps kernel steps made
   * @param violation null, or the first violation: the step, what it did, what broke, the state
   */
  public record Result(long seed, long steps, List<Row> rows, @Nullable String violation) {
    public Result {
      rows = List.copyOf(rows);
    }

    public boolean clean() {
      return violation == null;
    }

    /** One line per invariant: evaluations and violations. */
    public String table() {
      StringBuilder text = new StringBuilder(String.format("%-30s %12s %11s%n", "invariant", "evaluations", "violations"));
      for (Row row : rows) {
        text.append(String.format("%-30s %12d %11d%n", row.invariant(), row.evaluations(), row.violations()));
      }
      return text.toString();
    }
  }

  /** One invariant's counts. */
  public record Row(String invariant, long evaluations, long violations) {}

  /** Runs {@code steps} steps of the workload for {@code seed} on a kernel with {@code mutant}. */
  public static Result run(long seed, long steps, KernelMutant mutant, Consumer<String> progress) {
    Kernel kernel = new Kernel(AuditWorkload.SLOTS, mutant, new PortBus(),
        new PhysicalMemory(AuditWorkload.MEMORY_PAGES * PhysicalMemory.PAGE_SIZE));
    MessageLedger ledger = new MessageLedger();
    List<String> names = new ArrayList<>(IpcInvariants.NAMES);
    names.addAll(PrivilegeInvariants.NAMES);
    InvariantCounters counters = new InvariantCounters(names);
    PrivilegeInvariants privileges =
        new PrivilegeInvariants(kernel.privileges(), counters, AuditWorkload.roles());
    kernel.setObserver(privileges);
    AuditWorkload workload = new AuditWorkload(kernel, ledger, seed);
    IpcInvariants ipc = new IpcInvariants(kernel.table(), ledger);
    String violation = null;
    long step = 0;
    while (step < steps && violation == null) {
      step++;
      ledger.before(kernel.table());
      String operation = workload.step();
      ledger.after(kernel.table(), workload.lastReceiver());
      List<String> broken = new ArrayList<>(privileges.takeViolations());
      for (String name : IpcInvariants.NAMES) {
        String why = ipc.check(name);
        if (!counters.count(name, why == null)) {
          broken.add(name + ": " + why);
        }
      }
      if (!broken.isEmpty()) {
        violation = "step " + step + ": " + operation + "\n  " + String.join("\n  ", broken)
            + "\nkernel state after the step:\n" + dump(kernel);
      }
      if (step % 10_000 == 0) {
        progress.accept("audit: " + step + " steps");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String name : counters.names()) {
      rows.add(new Row(name, counters.evaluations(name), counters.violations(name)));
    }
    return new Result(seed, step, rows, violation);
  }

  /** The process table and privileges, one line per live or once-used slot. */
  static String dump(Kernel kernel) {
    StringBuilder text = new StringBuilder();
    for (int slot = 0; slot < kernel.table().size(); slot++) {
      ProcessSlot p = kernel.table().slot(slot);
      StringBuilder queue = new StringBuilder();
      for (ProcessSlot s = p.queueHead(); s != null; s = s.queueNext()) {
        queue.append(' ').append(s.slot());
      }
      StringBuilder pending = new StringBuilder();
      for (int source = p.pending().lowest(); source >= 0; source = p.pending().next(source + 1)) {
        pending.append(' ').append(source);
      }
      text.append(String.format("  %2d %-8s ep %-6s %-9s call %-7s peer %-6s %s queue [%s ] pending [%s ] result %s%n",
          slot, p.name(), Endpoint.describe(p.endpoint()), p.state(), p.call(), Endpoint.describe(p.peer()),
          p.holdsMessage() ? "holds #" + p.message()[MessageLedger.ID_WORD] : "holds -",
          queue, pending, p.result() == ProcessSlot.NO_RESULT ? "NONE" : String.valueOf(p.result())));
      text.append("     ").append(kernel.privileges().of(slot)).append('\n');
    }
    return text.toString();
  }
}
