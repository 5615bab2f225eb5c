package org.minix3j.cli.recovery;

import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.boot.InterposedSystemCalls;
import org.minix3j.boot.ServiceWrap;
import org.minix3j.machine.clock.SimulatedClock;

/**
 * Crashes the first instance of a driver as it takes its {@code crashAt}-th request, so that
 * the request is in flight when it dies, and times the recovery: from the crash to the first
 * reply a later instance sends, which is the re-issued request completing (the requester waits
 * in SENDREC, so the reply is delivered as it is sent). Simulated time from the machine's clock;
 * host time read outside the simulation, only to measure.
 */
final class RequestCrash implements ServiceWrap {
  private final String label;
  private final int crashAt;
  private SimulatedClock clock = new SimulatedClock();
  private Runnable onRecovered = () -> {};
  private int instances;
  private long crashedAt = -1;
  private long crashedAtHost;
  private long recoveredAt = -1;
  private long recoveredAtHost;

  RequestCrash(String label, int crashAt) {
    this.label = label;
    this.crashAt = crashAt;
  }

  /** Reads time from {@code machineClock}, and runs {@code recovered} once the request is done. */
  void attach(SimulatedClock machineClock, Runnable recovered) {
    this.clock = machineClock;
    this.onRecovered = recovered;
  }

  /** Whether the crash happened and a later instance completed the request. */
  boolean measured() {
    return crashedAt >= 0 && recoveredAt >= 0;
  }

  /** Simulated nanoseconds from the crash to the re-issued request's reply. */
  long simulatedNanoseconds() {
    return recoveredAt - crashedAt;
  }

  /** Host nanoseconds from the crash to the re-issued request's reply. */
  long hostNanoseconds() {
    return recoveredAtHost - crashedAtHost;
  }

  @Override
  public SystemProcess wrap(String service, SystemProcess instance) {
    if (!service.equals(label)) {
      return instance;
    }
    instances++;
    boolean first = instances == 1;
    return sys -> instance.run(first ? new Doomed(sys) : new Successor(sys));
  }

  /** The first instance: dies holding its crashAt-th request. */
  private final class Doomed extends InterposedSystemCalls {
    private int requests;

    Doomed(SystemCalls delegate) {
      super(delegate);
    }

    @Override
    protected void received(Message into, int result) {
      if (result == Errno.OK_VALUE && into.type() != Notification.TYPE && ++requests == crashAt) {
        crashedAt = clock.now();
        crashedAtHost = System.nanoTime();
        throw new IllegalStateException(label + " crashed by the benchmark holding request "
            + requests);
      }
    }
  }

  /** A later instance: its first reply completes the re-issued request. */
  private final class Successor extends InterposedSystemCalls {
    Successor(SystemCalls delegate) {
      super(delegate);
    }

    @Override
    public int send(int destination, Message message) {
      int result = super.send(destination, message);
      if (result == Errno.OK_VALUE && crashedAt >= 0 && recoveredAt < 0) {
        recoveredAt = clock.now();
        recoveredAtHost = System.nanoTime();
        onRecovered.run();
      }
      return result;
    }
  }
}
