package org.minix3j.verification.audit;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.kernel.KernelObserver;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.priv.PrivilegeTable;

/**
 * spec/Privileges.tla's invariants, once more in Java under the same names, evaluated on every
 * operation the kernel reports (the spec's {@code lastOp}) against the privilege in force right
 * after it. An operation "succeeded" in the spec's sense when the privilege checks let it
 * through, whatever the IPC made of it afterwards (OK, blocked, ELOCKED, EDEADSRCDST).
 */
final class PrivilegeInvariants implements KernelObserver {
  /** The names, in the spec's order. */
  static final List<String> NAMES = List.of("IpcWithinPrivilege", "KernelCallWithinPrivilege",
      "PortAccessWithinPrivilege", "MemoryAccessWithinPrivilege", "IrqDeliveryWithinPrivilege", "OnlyRsChangesPrivileges",
      "UserSendrecOnlyToPmVfs");

  private final PrivilegeTable privileges;
  private final InvariantCounters counters;
  private final AuditRoles roles;
  private final List<String> violations = new ArrayList<>();

  PrivilegeInvariants(PrivilegeTable privileges, InvariantCounters counters, AuditRoles roles) {
    this.privileges = privileges;
    this.counters = counters;
    this.roles = roles;
  }

  /** Violations found since the last call, described; cleared. */
  List<String> takeViolations() {
    List<String> found = List.copyOf(violations);
    violations.clear();
    return found;
  }

  private static boolean passedChecks(int result) {
    return result != Errno.ETRAPDENIED.wireValue() && result != Errno.ECALLDENIED.wireValue()
        && result != Errno.EBADCALL.wireValue() && result != Errno.EBADSRCDST.wireValue()
        && result != Errno.EPERM.wireValue();
  }

  @Override
  public void ipc(int slot, IpcFunction primitive, int peerSlot, int result) {
    boolean passed = passedChecks(result);
    Privilege p = privileges.of(slot);
    // spec: Privileges!IpcWithinPrivilege
    check("IpcWithinPrivilege", !passed || (p.allows(primitive)
            && (primitive == IpcFunction.RECEIVE || p.maySendTo(peerSlot))),
        () -> "slot " + slot + " made " + primitive + " to slot " + peerSlot + " outside " + p);
    // spec: Privileges!UserSendrecOnlyToPmVfs
    check("UserSendrecOnlyToPmVfs", !passed || !roles.isUser(slot)
            || (primitive == IpcFunction.SENDREC && roles.isPmOrVfs(peerSlot)),
        () -> "user slot " + slot + " made " + primitive + " to slot " + peerSlot);
  }

  @Override
  public void kernelCall(int slot, KernelCall call, int port, int irq, int targetSlot, int result) {
    boolean passed = result != Errno.ECALLDENIED.wireValue();
    Privilege p = privileges.of(slot);
    // spec: Privileges!KernelCallWithinPrivilege
    check("KernelCallWithinPrivilege", !passed || p.allows(call),
        () -> "slot " + slot + " made " + call + " outside " + p);
    // spec: Privileges!PortAccessWithinPrivilege
    check("PortAccessWithinPrivilege",
        call != KernelCall.SYS_DEVIO || result != Errno.OK_VALUE || p.allowsPort(port, 1),
        () -> "slot " + slot + " reached port " + port + " outside " + p);
    // spec: Privileges!OnlyRsChangesPrivileges
    check("OnlyRsChangesPrivileges",
        call != KernelCall.SYS_PRIVCTL || result != Errno.OK_VALUE || slot == roles.rs(),
        () -> "slot " + slot + ", not RS, changed the privileges of slot " + targetSlot);
  }

  @Override
  public void physicalCopy(int slot, long address, int length, int result) {
    Privilege p = privileges.of(slot);
    // spec: Privileges!MemoryAccessWithinPrivilege
    check("MemoryAccessWithinPrivilege",
        result != Errno.OK_VALUE || p.allowsMemory(address, length),
        () -> "slot " + slot + " copied " + length + " bytes at physical 0x"
            + Long.toHexString(address) + " outside " + p);
  }

  @Override
  public void irqDelivered(int slot, int line) {
    // spec: Privileges!IrqDeliveryWithinPrivilege
    check("IrqDeliveryWithinPrivilege", privileges.of(slot).allowsIrq(line),
        () -> "IRQ " + line + " notified slot " + slot + " outside " + privileges.of(slot));
  }

  private void check(String name, boolean holds, java.util.function.Supplier<String> why) {
    if (!counters.count(name, holds)) {
      violations.add(name + ": " + why.get());
    }
  }
}
