package org.minix3j.boot;

import java.io.IOException;
import org.minix3j.kernel.run.RunLoop;

/**
 * Runs a booted system to its end: SYS_SHUTDOWN, the user leaving the console, a machine that
 * can no longer do anything, or a limit of simulated time.
 *
 * <p>The machine runs in slices of {@link #SLICE_NANOSECONDS} of simulated time; between two
 * slices the host's typing goes to the UART. Unpaced (tests, {@code boot -c}), simulated time
 * runs as fast as the host can simulate it and the run is deterministic. Paced (the
 * interactive console), simulated time never runs ahead of the host's, so a prompt waiting for
 * input costs no host time and the system clock keeps step with the wall clock; the host clock
 * is read here only, never inside the machine.
 */
public final class BootDriver {
  /** Simulated time between two looks at the host's input. */
  public static final long SLICE_NANOSECONDS = 10_000_000L;

  /** Simulated time the devices get to finish their work at power-off. */
  public static final long POWER_OFF_NANOSECONDS = 1_000_000L;

  /** How a run ended. */
  public enum Ending {
    /** The system shut down ({@link Result#status()} is SYS_SHUTDOWN's status). */
    SHUTDOWN,
    /** The user left the console. */
    LEFT,
    /** Nothing can run and nothing is pending: the system hangs for good. */
    HUNG,
    /** The simulated-time limit passed. */
    TIME_LIMIT
  }

  /** The end of a run and the simulated time it took. */
  public record Result(Ending ending, int status, long simulatedNanoseconds) {}

  private BootDriver() {}

  /**
   * Runs {@code system} with {@code console}'s input until it ends or {@code limitNanoseconds}
   * of simulated time pass; {@code paced} keeps simulated time behind the host's.
   */
  public static Result run(SystemBoot system, HostConsole console, long limitNanoseconds,
      boolean paced) throws IOException, InterruptedException {
    RunLoop loop = system.loop();
    long hostStart = System.nanoTime();
    while (true) {
      long now = system.machine().clock().now();
      if (now >= limitNanoseconds) {
        return new Result(Ending.TIME_LIMIT, 0, now);
      }
      long sliceEnd = now + SLICE_NANOSECONDS;
      if (paced) {
        // Simulated time catches up with the host's: an idle system still keeps the wall time.
        sliceEnd = Math.max(sliceEnd, System.nanoTime() - hostStart);
      }
      RunLoop.Outcome outcome = loop.run(Math.min(limitNanoseconds, sliceEnd), !paced);
      now = system.machine().clock().now();
      if (outcome == RunLoop.Outcome.SHUTDOWN) {
        // Power-off: the devices finish what is on the wire (the UART's last character).
        system.machine().clock().advanceTo(now + POWER_OFF_NANOSECONDS);
        return new Result(Ending.SHUTDOWN, loop.shutdownStatus(), now);
      }
      long waitMillis = 0;
      if (paced) {
        waitMillis = Math.max(0, (now - (System.nanoTime() - hostStart)) / 1_000_000L);
      }
      if (outcome == RunLoop.Outcome.IDLE) {
        if (console == HostConsole.NONE) {
          return new Result(Ending.HUNG, 0, now);
        }
        waitMillis = Math.max(waitMillis, SLICE_NANOSECONDS / 1_000_000L);
      }
      byte[] typed = console.poll(waitMillis);
      if (console.leaveRequested()) {
        return new Result(Ending.LEFT, 0, now);
      }
      if (typed.length > 0) {
        system.machine().board().console().feed(typed);
      }
    }
  }
}
