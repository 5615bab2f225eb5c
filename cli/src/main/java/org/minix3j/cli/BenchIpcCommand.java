package org.minix3j.cli;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.exec.Availability;
import org.minix3j.kernel.exec.CoroutineKind;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.run.RunLoop;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.kernel.user.UserContext;
import org.minix3j.machine.Machine;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.machine.elf.AddressSpaceBuilder;
import org.minix3j.machine.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minix3j bench ipc}: the IPC round trip through the real kernel and run loop. (a) A
 * Java client SENDRECs to a Java server, which replies with SEND; (b) the getpid path: an i386
 * process (hand-assembled: a loop of {@code int 0x21} SENDRECs) asks a Java PM stand-in, which
 * answers with a number. For each: round trips, host nanoseconds per round trip (after a
 * warm-up, the best of several batches, each on a fresh machine), simulated nanoseconds and
 * CPU cycles per round trip, and the coroutine kind ({@code --coroutines all} compares the
 * kinds: JDK continuations, virtual threads, platform threads). Host time is read here, outside the
 * simulation, only to measure. Prints figures; it is not a test.
 */
@Command(
    name = "ipc",
    mixinStandardHelpOptions = true,
    description = "IPC round trip (SENDREC + reply) through the kernel: Java-Java and i386-Java.")
public final class BenchIpcCommand implements Callable<Integer> {
  private static final double MINIX_GETPID_NANOSECONDS = 1011;
  private static final double GOAL_NANOSECONDS = 500;
  private static final int SLOTS = 16;
  private static final int SERVER = 2;
  private static final int CLIENT = 3;
  private static final int USER = 5;
  private static final int BUFFER = 0x2000;
  private static final int CODE = 0x1000;
  private static final int STACK_TOP = 0x4000;

  @Option(names = "--round-trips", paramLabel = "N", description = "round trips per batch "
      + "(default ${DEFAULT-VALUE})")
  int roundTrips = 200_000;

  @Option(names = "--batches", paramLabel = "B", description = "measured batches; the best "
      + "counts (default ${DEFAULT-VALUE})")
  int batches = 5;

  @Option(names = "--coroutines", paramLabel = "KIND", description = "how Java system processes"
      + " run: continuation, virtual, platform, or all to compare every available kind"
      + " (default: the kernel's own choice)")
  @Nullable String coroutines;

  /** The coroutine kind of the batch being run. */
  private CoroutineKind kind = CoroutineKind.CONTINUATION;

  /** One batch: host and simulated nanoseconds. */
  private record Batch(long hostNanoseconds, long simulatedNanoseconds) {}

  @FunctionalInterface
  private interface Workload {
    Batch run(int count) throws ElfFormatException;
  }

  @Override
  public Integer call() {
    if (roundTrips < 1 || batches < 1) {
      System.err.println("minix3j bench ipc: --round-trips and --batches must be at least 1");
      return 2;
    }
    try {
      for (Coroutines.Choice choice : choices()) {
        kind = choice.kind();
        System.out.println("bench ipc: " + choice.describe() + carriers());
        report("(a) Java client -> Java server, SENDREC + SEND reply", this::javaBatch);
        report("(b) i386 getpid: int 0x21 SENDREC -> Java PM stand-in", this::userBatch);
      }
      System.out.printf("MINIX 3 getpid: %.3f us on a 2.2 GHz Athlon; goal here: under %.1f us"
          + " of host time per round trip%n", MINIX_GETPID_NANOSECONDS / 1000, GOAL_NANOSECONDS / 1000);
      return 0;
    } catch (ElfFormatException | RuntimeException failure) {
      String message = failure.getMessage();
      System.err.println("minix3j bench ipc: " + (message != null ? message : failure));
      return 2;
    }
  }

  /** The kinds to measure: the one asked for, every available one, or the kernel's choice. */
  private List<Coroutines.Choice> choices() {
    if (coroutines == null) {
      return List.of(Coroutines.choose());
    }
    if (!coroutines.equals("all")) {
      String asked = coroutines;
      if (Arrays.stream(CoroutineKind.values())
          .noneMatch(known -> known.propertyValue().equals(asked))) {
        throw new IllegalArgumentException("--coroutines " + coroutines + " names no coroutine"
            + " kind; use continuation, virtual, platform or all");
      }
      return List.of(Coroutines.choose(coroutines));
    }
    List<Coroutines.Choice> all = new ArrayList<>();
    for (CoroutineKind candidate : CoroutineKind.values()) {
      Availability availability = candidate.availability();
      if (availability.available()) {
        all.add(new Coroutines.Choice(candidate, "compared"));
      } else {
        System.out.println("bench ipc: " + candidate.propertyValue() + " unavailable: "
            + availability.reason());
      }
    }
    return all;
  }

  /** For virtual threads, the carrier threads their scheduler may use. */
  private String carriers() {
    return kind != CoroutineKind.VIRTUAL_THREAD ? "" : "; jdk.virtualThreadScheduler.parallelism="
        + System.getProperty("jdk.virtualThreadScheduler.parallelism", "(default: cores)");
  }

  /**
   * Round trips per batch: platform threads hand the turn over through the host scheduler (tens
   * of microseconds each), so they get a twentieth of the count to finish in similar time.
   */
  private int roundTripsFor(CoroutineKind measured) {
    return measured == CoroutineKind.PLATFORM_THREAD ? Math.max(1, roundTrips / 20) : roundTrips;
  }

  private void report(String title, Workload workload) throws ElfFormatException {
    int count = roundTripsFor(kind);
    for (int i = 0; i < 3; i++) {
      workload.run(count); // warm-up: lets the JIT compile the kernel paths
    }
    @Nullable Batch best = null;
    for (int i = 0; i < batches; i++) {
      Batch batch = workload.run(count);
      if (best == null || batch.hostNanoseconds() < best.hostNanoseconds()) {
        best = batch;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("--batches must be at least 1");
    }
    double host = (double) best.hostNanoseconds() / count;
    double simulated = (double) best.simulatedNanoseconds() / count;
    System.out.println(title);
    System.out.printf("  %,d round trips, best of %d batches: %.1f ns host per round trip"
            + " (%.2fx MINIX's getpid; goal %s)%n", count, batches, host,
        host / MINIX_GETPID_NANOSECONDS, host < GOAL_NANOSECONDS ? "met" : "NOT met");
    System.out.printf("  simulated: %.1f ns = %.0f CPU cycles at %d MHz per round trip%n",
        simulated, simulated * Machine.CPU_FREQUENCY_HZ / 1e9, Machine.CPU_FREQUENCY_HZ / 1_000_000);
  }

  private static Privilege everything() {
    int[] all = new int[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      all[i] = i;
    }
    int ipc = 0;
    for (IpcFunction function : IpcFunction.values()) {
      ipc |= function.maskBit();
    }
    return new Privilege(ipc, all, ~KernelCall.SYS_PRIVCTL.maskBit(), List.of(), 0, List.of());
  }

  /** Replies to every request with {@code answer} in payload 0 (a PM answering getpid). */
  private static void server(SystemCalls sys, int answer) {
    Message message = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, message) == Errno.OK_VALUE && !message.isNotification()) {
        message.setPayload(0, answer);
        sys.send(message.source(), message);
      }
    }
  }

  private Batch javaBatch(int count) {
    try (Machine machine = new Machine(4 << 20, BoardConfiguration.defaults())) {
      RunLoop loop = loop(machine);
      int server = loop.spawnJava(SERVER, "server", everything(), Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, sys -> server(sys, 7));
      loop.spawnJava(CLIENT, "client", everything(), Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, sys -> {
            Message message = new Message();
            for (int i = 0; i < count; i++) {
              if (sys.sendrec(server, message) != Errno.OK_VALUE || message.payload(0) != 7) {
                throw new IllegalStateException("bad reply " + message);
              }
            }
          });
      return measure(machine, loop);
    }
  }

  private Batch userBatch(int count) throws ElfFormatException {
    try (Machine machine = new Machine(4 << 20, BoardConfiguration.defaults())) {
      RunLoop loop = loop(machine);
      int pm = loop.spawnJava(SERVER, "pm", everything(), Scheduler.SYSTEM_QUEUE,
          Scheduler.DEFAULT_QUANTUM, sys -> server(sys, 7));
      AddressSpaceBuilder space = new AddressSpaceBuilder(machine.memory(), 0x100000);
      space.map(CODE, false, true);
      space.write(CODE, getpidLoop(pm, count));
      space.map(BUFFER, true, false);
      space.map(STACK_TOP - 0x1000, true, false);
      UserContext user = new UserContext(space.pageDirectory(), CODE, STACK_TOP);
      loop.spawnUser(USER, "getpid", new Privilege(IpcFunction.SENDREC.maskBit(),
          new int[] {SERVER}, 0, List.of(), 0, List.of()), Scheduler.USER_QUEUE,
          Scheduler.DEFAULT_QUANTUM, user);
      Batch batch = measure(machine, loop);
      if (user.register(6) != 0) {
        throw new IllegalStateException("the i386 loop did not finish: ESI=" + user.register(6));
      }
      return batch;
    }
  }

  private RunLoop loop(Machine machine) {
    Kernel kernel = new Kernel(SLOTS, KernelMutant.NONE, machine.board().bus(), machine.memory());
    return RunLoop.create(kernel, machine, ClockTask.DEFAULT_HZ, kind);
  }

  private static Batch measure(Machine machine, RunLoop loop) {
    long simulatedStart = machine.clock().now();
    long start = System.nanoTime();
    RunLoop.Outcome outcome = loop.run(Long.MAX_VALUE);
    long host = System.nanoTime() - start;
    if (outcome != RunLoop.Outcome.IDLE) {
      throw new IllegalStateException("the benchmark did not finish: " + outcome);
    }
    return new Batch(host, machine.clock().now() - simulatedStart);
  }

  /**
   * {@code count} SENDRECs to {@code peer} (message at {@link #BUFFER}), then int3, which stops
   * the process (the run loop then goes idle).
   */
  private static byte[] getpidLoop(int peer, int count) {
    ByteArrayOutputStream code = new ByteArrayOutputStream();
    code.write(0xBE); // mov esi, count
    word(code, count);
    code.write(0xB8); // loop: mov eax, SENDREC
    word(code, IpcFunction.SENDREC.number());
    code.write(0xBB); // mov ebx, peer
    word(code, peer);
    code.write(0xB9); // mov ecx, BUFFER
    word(code, BUFFER);
    code.write(0xCD); // int 0x21
    code.write(0x21);
    code.write(0x4E); // dec esi
    code.write(0x75); // jnz loop (back 20 bytes)
    code.write(0xEC);
    code.write(0xCC); // int3
    return code.toByteArray();
  }

  private static void word(ByteArrayOutputStream out, int value) {
    for (int shift = 0; shift < 32; shift += 8) {
      out.write(value >>> shift);
    }
  }
}
