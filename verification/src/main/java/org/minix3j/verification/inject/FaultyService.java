package org.minix3j.verification.inject;

import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.boot.ServiceWrap;

/**
 * A target's instance as the boot image starts it during a campaign: the service's own code run
 * with a {@link FaultyCalls} handle. A panic unwinds to here and {@code run} returns, which the
 * kernel sees as the instance's exit; every other fault passes through as the service's own.
 */
final class FaultyService implements SystemProcess {
  private final String label;
  private final SystemProcess instance;
  private final FaultPlan plan;
  private final FaultLedger ledger;

  FaultyService(String label, SystemProcess instance, FaultPlan plan, FaultLedger ledger) {
    this.label = label;
    this.instance = instance;
    this.plan = plan;
    this.ledger = ledger;
  }

  /** The boot image's hook: the plan's targets wrapped, every other service as it is. */
  static ServiceWrap wrapping(FaultPlan plan, FaultLedger ledger) {
    return (label, instance) ->
        plan.targets(label) ? new FaultyService(label, instance, plan, ledger) : instance;
  }

  @Override
  public void run(SystemCalls sys) throws Exception {
    try {
      instance.run(new FaultyCalls(sys, label, plan, ledger));
    } catch (FaultyCalls.PanicUnwind panic) {
      // the instance "returns from main": the kernel reports its exit
    }
  }
}
