package org.minix3j.verification.inject;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.boot.InterposedSystemCalls;

/**
 * The handle a target instance gets instead of its own: every call goes through to the real
 * handle, and every kernel entry counts down the armed fault's delay. When it reaches zero the
 * fault happens inside the instance as the kernel sees it: an exception out of the call
 * (crash, and a leak past its budget), an unwinding that makes {@code run} return (panic), a
 * receive nobody answers (hang), a loop on the uptime call (livelock), the result word of the
 * next reply to a READ, WRITE or GETSIZE garbled (corrupt), or an access outside the privilege (illegal port,
 * destination, kernel call) whose return code is recorded. After a fault the instance lives
 * through, the target's next fault is armed.
 */
final class FaultyCalls extends InterposedSystemCalls {
  /** Bytes a leaking instance keeps per kernel entry. */
  static final int LEAK_STEP = 64 * 1024;

  /** What a leaking instance may keep before it dies. */
  static final long LEAK_BUDGET = 512L * 1024;

  /** Ports no driver of the image may reach (PIC, keyboard, CMOS, PCI configuration). */
  static final int[] FORBIDDEN_PORTS = {0x20, 0x21, 0x60, 0x64, 0x70, 0x71, 0xa0, 0xcf8};

  /** Destinations no driver of the image may send to: VM and init. */
  static final int[] FORBIDDEN_DESTINATIONS = {SystemSlots.VM, SystemSlots.INIT};

  /** The exception that ends a crashed (or leaking) instance. */
  static final class InjectedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedCrash(String message) {
      super(message);
    }
  }

  /** Unwinds the instance to {@link FaultyService#run}, which returns: a panic. */
  static final class PanicUnwind extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PanicUnwind() {
      super("panic", null, false, false);
    }
  }

  private final SystemCalls real;
  private final String label;
  private final FaultPlan plan;
  private final FaultLedger ledger;
  private @Nullable Fault armed;
  private int countdown;
  private final List<byte[]> leaked = new ArrayList<>();
  private boolean leaking;
  private @Nullable Fault corrupting;
  private int blockCaller = -1;
  private final int[] garbledRequest = new int[7];
  private int garbledCaller = -1;

  FaultyCalls(SystemCalls real, String label, FaultPlan plan, FaultLedger ledger) {
    super(real);
    this.real = real;
    this.label = label;
    this.plan = plan;
    this.ledger = ledger;
    arm();
  }

  private void arm() {
    armed = ledger.active() ? plan.next(label) : null;
    countdown = armed == null ? 0 : armed.delay();
  }

  /** One kernel entry: the leak grows, the armed fault comes closer and maybe fires. */
  private void entry() {
    if (leaking) {
      leaked.add(new byte[LEAK_STEP]);
      if ((long) leaked.size() * LEAK_STEP > LEAK_BUDGET) {
        throw new InjectedCrash(label + ": " + leaked.size() * (long) LEAK_STEP
            + " bytes held, past the budget of " + LEAK_BUDGET);
      }
    }
    Fault fault = armed;
    if (fault == null || --countdown > 0 || !ledger.active()) {
      return;
    }
    armed = null;
    if (fault.kind() == FaultKind.CORRUPT) {
      corrupting = fault; // injected when the reply goes out; if it never does, fired again
      return;
    }
    plan.fired(fault);
    ledger.injected(fault);
    switch (fault.kind()) {
      case CRASH -> throw new InjectedCrash(label + ": injected crash #" + fault.index());
      case PANIC -> throw new PanicUnwind();
      case HANG -> {
        Message nothing = new Message();
        while (true) {
          real.receive(Notification.HARDWARE, nothing); // nobody answers; only RS's ping notices
        }
      }
      case LIVELOCK -> {
        while (true) {
          real.uptime();
        }
      }
      case LEAK -> leaking = true;
      case CORRUPT -> throw new IllegalStateException("armed above");
      case ILLEGAL_PORT -> {
        long result = real.inPort(FORBIDDEN_PORTS[fault.choice() % FORBIDDEN_PORTS.length], 1);
        ledger.refusal(fault.kind(), result < 0 && refused((int) result));
        arm();
      }
      case ILLEGAL_IPC -> {
        Message junk = new Message();
        junk.setType(0x7e57);
        int result = real.send(
            FORBIDDEN_DESTINATIONS[fault.choice() % FORBIDDEN_DESTINATIONS.length], junk);
        ledger.refusal(fault.kind(), refused(result));
        arm();
      }
      case ILLEGAL_CALL -> {
        int result = fault.choice() % 2 == 0
            ? real.processTable(new ArrayList<>())
            : real.kill(SystemSlots.INIT, 0);
        ledger.refusal(fault.kind(), refused(result));
        arm();
      }
    }
  }

  /** Whether {@code result} is the kernel's refusal on privilege grounds. */
  static boolean refused(int result) {
    return result == Errno.ECALLDENIED.wireValue() || result == Errno.ETRAPDENIED.wireValue()
        || result == Errno.EPERM.wireValue() || result == Errno.EBADSRCDST.wireValue();
  }

  @Override
  protected void entering() {
    entry();
  }

  /** A request arrived: a garbled reply's request again is its requester's detection. */
  @Override
  protected void received(Message into, int result) {
    if (result != Errno.OK_VALUE || into.isNotification()) {
      return;
    }
    int type = into.type();
    if (garbledCaller >= 0 && into.source() == garbledCaller) {
      boolean same = garbledRequest[0] == type;
      for (int i = 0; i < 6; i++) {
        same &= garbledRequest[i + 1] == into.payload(i);
      }
      if (same) {
        ledger.requesterDetected();
      }
      garbledCaller = -1;
    }
    // the replies whose result the requesters check: a count, or GETSIZE's OK
    boolean checked = type == BlockDevice.READ || type == BlockDevice.WRITE
        || type == BlockDevice.GETSIZE;
    blockCaller = checked ? into.source() : -1;
    if (blockCaller >= 0) {
      garbledRequest[0] = type;
      for (int i = 0; i < 6; i++) {
        garbledRequest[i + 1] = into.payload(i);
      }
    }
  }

  @Override
  public int send(int destination, Message message) {
    entry();
    Fault fault = corrupting;
    if (fault == null || destination != blockCaller) {
      return real.send(destination, message); // entered already: past the interposition
    }
    corrupting = null;
    plan.fired(fault);
    ledger.injected(fault);
    int type = message.type();
    message.setType(type ^ ((fault.choice() & 0x3fff_ffff) | 1));
    int result = real.send(destination, message);
    message.setType(type);
    garbledCaller = destination;
    arm();
    return result;
  }
}
