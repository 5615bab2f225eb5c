package org.minix3j.kernel.priv;

import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.proc.SlotBitmap;

/**
 * The privilege in force for every slot and the IRQ hooks (spec/Privileges.tla's {@code priv}
 * and {@code hooks}), with the kernel's checks. Each check returns {@link Errno#OK_VALUE} or
 * the error the kernel returns; a refused operation changes nothing.
 */
public final class PrivilegeTable {
  /** IRQ lines of the machine's PIC pair. */
  public static final int IRQ_LINES = 16;

  private final Privilege[] privileges;
  private final SlotBitmap[] hooks = new SlotBitmap[IRQ_LINES];
  private final KernelMutant mutant;
  private int privctlSlot = -1;

  public PrivilegeTable(int slots, KernelMutant mutant) {
    this.privileges = new Privilege[slots];
    java.util.Arrays.fill(privileges, Privilege.none());
    for (int line = 0; line < IRQ_LINES; line++) {
      hooks[line] = new SlotBitmap(slots);
    }
    this.mutant = mutant;
  }

  /** The privilege in force for {@code slot}. */
  public Privilege of(int slot) {
    return privileges[slot];
  }

  /** Sets {@code slot}'s privilege at boot or when a process is created (not a checked call). */
  public void install(int slot, Privilege privilege) {
    if (privilege.allows(KernelCall.SYS_PRIVCTL) && slot != privctlSlot) {
      throw new IllegalArgumentException("only the RS slot may hold SYS_PRIVCTL, not slot " + slot);
    }
    privileges[slot] = privilege;
    dropHooksOutside(slot, privilege);
  }

  /** Clears a slot whose process exited: no rights, no hooks. */
  public void clear(int slot) {
    install(slot, Privilege.none());
  }

  /** Names the one slot allowed to hold SYS_PRIVCTL (RS); set once, before RS's privilege. */
  public void setPrivctlSlot(int slot) {
    if (privctlSlot >= 0 && privctlSlot != slot) {
      throw new IllegalStateException("the SYS_PRIVCTL slot is already " + privctlSlot);
    }
    privctlSlot = slot;
  }

  public int privctlSlot() {
    return privctlSlot;
  }

  /** The trap mask: whether {@code slot} may use {@code primitive} at all. */
  // spec: Privileges!ProcIpc (TrapAllowed)
  public int checkTrap(int slot, IpcFunction primitive) {
    return privileges[slot].allows(primitive) ? Errno.OK_VALUE : Errno.ETRAPDENIED.wireValue();
  }

  /** The send mask: whether {@code slot} may send to {@code peerSlot} (RECEIVE always may). */
  // spec: Privileges!ProcIpc (SendAllowed)
  public int checkDestination(int slot, IpcFunction primitive, int peerSlot) {
    if (primitive != IpcFunction.RECEIVE
        && mutant != KernelMutant.DESTINATION_MASK_NOT_CHECKED
        && !privileges[slot].maySendTo(peerSlot)) {
      return Errno.ECALLDENIED.wireValue();
    }
    return Errno.OK_VALUE;
  }

  // spec: Privileges!ProcKernelCall
  public int checkCall(int slot, KernelCall call) {
    if (mutant == KernelMutant.CALL_MASK_NOT_CHECKED || privileges[slot].allows(call)) {
      return Errno.OK_VALUE;
    }
    return Errno.ECALLDENIED.wireValue();
  }

  // spec: Privileges!ProcDevIo
  public int checkPorts(int slot, int port, int count) {
    return privileges[slot].allowsPort(port, count) ? Errno.OK_VALUE : Errno.EPERM.wireValue();
  }

  // spec: Privileges!ProcPhysCopy
  public int checkMemory(int slot, long address, long length) {
    return mutant == KernelMutant.MEMORY_RANGE_NOT_CHECKED
            || privileges[slot].allowsMemory(address, length)
        ? Errno.OK_VALUE
        : Errno.EPERM.wireValue();
  }

  // spec: Privileges!ProcIrqCtl
  public int hookIrq(int slot, int line) {
    if (!privileges[slot].allowsIrq(line)) {
      return Errno.EPERM.wireValue();
    }
    hooks[line].set(slot);
    return Errno.OK_VALUE;
  }

  /** Removes {@code slot}'s hook on {@code line}. */
  public void unhookIrq(int slot, int line) {
    hooks[line].clear(slot);
  }

  // spec: Privileges!ProcPrivCtl
  public int privctl(int caller, int target, Privilege privilege) {
    if (target == caller || target == privctlSlot) {
      return Errno.EPERM.wireValue();
    }
    install(target, privilege);
    return Errno.OK_VALUE;
  }

  /** Whether {@code slot} hooked {@code line}. */
  public boolean hooked(int line, int slot) {
    return hooks[line].isSet(slot);
  }

  /** The slots hooked to {@code line} (the caller must not change it). */
  public SlotBitmap hooks(int line) {
    return hooks[line];
  }

  private void dropHooksOutside(int slot, Privilege privilege) {
    for (int line = 0; line < IRQ_LINES; line++) {
      if (!privilege.allowsIrq(line)) {
        hooks[line].clear(slot);
      }
    }
  }
}
