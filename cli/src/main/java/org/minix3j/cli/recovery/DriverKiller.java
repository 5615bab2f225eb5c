package org.minix3j.cli.recovery;

import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.boot.InterposedSystemCalls;
import org.minix3j.boot.ServiceWrap;
import org.minix3j.machine.clock.SimulatedClock;

/**
 * Kills one service every {@code periodNanoseconds} of simulated time, as the paper's script
 * did with {@code kill -9}: at T, 2T, 3T... the instance then running dies at its first kernel
 * entry from that moment on (typically as it takes a request, which is then in flight), by
 * throwing, which the kernel treats as a crash. A moment that finds the service down (RS is
 * restarting it) is skipped: a new instance is never killed for a moment before it started.
 * The clock is the machine's, read from outside the simulation; it is set once the machine
 * exists, before anything runs.
 */
final class DriverKiller implements ServiceWrap {
  private final String label;
  private final long periodNanoseconds;
  private long nextKill;
  private SimulatedClock clock = new SimulatedClock();
  private int kills;

  DriverKiller(String label, long periodNanoseconds) {
    this.label = label;
    this.periodNanoseconds = periodNanoseconds;
    this.nextKill = periodNanoseconds;
  }

  /** Reads time from {@code machineClock} from now on. */
  void useClock(SimulatedClock machineClock) {
    this.clock = machineClock;
  }

  /** How many instances it has killed. */
  int kills() {
    return kills;
  }

  @Override
  public SystemProcess wrap(String service, SystemProcess instance) {
    if (!service.equals(label)) {
      return instance;
    }
    return sys -> instance.run(new Mortal(sys));
  }

  /** One instance's handle: it dies at its first kernel entry from the next killing moment on. */
  private final class Mortal extends InterposedSystemCalls {
    private boolean started;

    Mortal(SystemCalls delegate) {
      super(delegate);
    }

    @Override
    protected void entering() {
      check();
    }

    @Override
    protected void received(Message into, int result) {
      check();
    }

    private void check() {
      long now = clock.now();
      boolean due = now >= nextKill;
      if (due) {
        nextKill = (now / periodNanoseconds + 1) * periodNanoseconds;
      }
      if (!started) {
        started = true; // the moments it missed while the service was down are skipped
      } else if (due) {
        kills++;
        throw new KilledByBenchmark(label, now);
      }
    }
  }

  /** What a killed instance throws: a crash, as the kernel sees it. */
  static final class KilledByBenchmark extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KilledByBenchmark(String label, long nowNanoseconds) {
      super(label + " killed by the benchmark at " + nowNanoseconds / 1000 + " us");
    }
  }
}
