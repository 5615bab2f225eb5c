package org.minix3j.conformance.recovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.IpcFunction;
import org.minix3j.abi.KernelCall;
import org.minix3j.abi.SystemSlots;
import org.minix3j.kernel.Kernel;
import org.minix3j.kernel.KernelMutant;
import org.minix3j.kernel.clock.ClockTask;
import org.minix3j.kernel.exec.Coroutines;
import org.minix3j.kernel.priv.Privilege;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.run.RunLoop;
import org.minix3j.kernel.sched.Scheduler;
import org.minix3j.machine.Machine;
import org.minix3j.machine.devices.BoardConfiguration;
import org.minix3j.servers.ds.DataStore;
import org.minix3j.servers.ds.DsConfig;
import org.minix3j.servers.mfs.MfsMutant;
import org.minix3j.servers.mfs.RecoveryPaths;
import org.minix3j.servers.rs.ReincarnationServer;
import org.minix3j.servers.rs.RsConfig;
import org.minix3j.servers.rs.RsMutant;

/**
 * The system a Recovery behaviour is replayed on: the real kernel and run loop on a machine,
 * the real RS (with a policy for the spec's labels: heartbeat and back-off base one period,
 * back-off factor 2) and the real DS in their boot slots, the file server's block path (MFS's
 * recovery code) in MFS's slot and its character path in VFS's, a puppet PM, puppet drivers
 * {@code disk} (block, the ATA slot) and {@code printer} (character, the printer slot) that RS
 * restarts from their boot programs, puppet clients, an observer process, and a bodiless
 * conductor whose NOTIFY wakes a puppet for its next command.
 *
 * <p>Time: RS's period is {@link #PERIOD_MILLIS}. A puppet's step runs the system for {@link
 * #SETTLE_NANOSECONDS}; RS's period ({@link #period}) runs it to {@link #AFTER_PERIOD_MILLIS}
 * past RS's alarm, longer than MFS's longest wait between two look-ups in DS, so that a
 * waiting file server finds a new instance before the next period.
 */
final class RecoverySystem implements AutoCloseable {
  static final long PERIOD_MILLIS = 1500;
  static final long AFTER_PERIOD_MILLIS = 1100;
  static final long SETTLE_NANOSECONDS = 1_000_000;
  static final int TABLE = 32;
  static final int OBSERVER = 20;
  static final int FIRST_CLIENT = 17;
  static final String DISK = "disk";
  static final String PRINTER = "printer";

  final Machine machine = new Machine(16 << 20, BoardConfiguration.defaults());
  final Kernel kernel;
  final RunLoop loop;
  final Puppets puppets = new Puppets();
  final FileServerView blockView = new FileServerView(Endpoint.of(SystemSlots.ATA, 0));
  final FileServerView charView = new FileServerView(Endpoint.of(SystemSlots.PRINTER, 0));
  final ProcessSlot conductor;
  private long nextAlarmTick;
  private final long periodTicks;

  RecoverySystem(int clients, RsMutant rsMutant, MfsMutant mfsMutant) {
    kernel = new Kernel(TABLE, KernelMutant.NONE, machine.board().bus(), machine.memory());
    loop = RunLoop.create(kernel, machine, ClockTask.DEFAULT_HZ, Coroutines.choose().kind());
    loop.setPmSlot(SystemSlots.PM);
    kernel.privileges().setPrivctlSlot(SystemSlots.RS);
    periodTicks = Math.ceilDiv(PERIOD_MILLIS * ClockTask.DEFAULT_HZ, 1000);
    Map<String, Integer> services = new LinkedHashMap<>();
    services.put("rs", SystemSlots.RS);
    services.put("ds", SystemSlots.DS);
    services.put("pm", SystemSlots.PM);
    services.put("vfs", SystemSlots.VFS);
    services.put("mfs", SystemSlots.MFS);
    services.put(DISK, SystemSlots.ATA);
    services.put(PRINTER, SystemSlots.PRINTER);
    ReincarnationServer rs = new ReincarnationServer(
        new RsConfig(policy(), "recovery.conf", services, Map.of(), rsMutant));
    Puppets.DriverRecord disk = new Puppets.DriverRecord(DISK, 1);
    Puppets.DriverRecord printer = new Puppets.DriverRecord(PRINTER, 2);
    puppets.drivers.put(SystemSlots.ATA, disk);
    puppets.drivers.put(SystemSlots.PRINTER, printer);
    loop.registerProgram(SystemSlots.ATA, DISK, 2, Scheduler.DEFAULT_QUANTUM,
        () -> new DriverPuppet(disk, puppets, true));
    loop.registerProgram(SystemSlots.PRINTER, PRINTER, 2, Scheduler.DEFAULT_QUANTUM,
        () -> new DriverPuppet(printer, puppets, false));
    Privilege all = everything(~KernelCall.SYS_PRIVCTL.maskBit());
    loop.spawnJava(SystemSlots.RS, "rs", everything(~0L), 0, Scheduler.DEFAULT_QUANTUM, rs);
    loop.spawnJava(SystemSlots.DS, "ds", all, 1, Scheduler.DEFAULT_QUANTUM,
        new DataStore(DsConfig.defaults()));
    loop.spawnJava(SystemSlots.PM, "pm", all, 1, Scheduler.DEFAULT_QUANTUM,
        new PmPuppet(puppets.pm));
    loop.spawnProgram(SystemSlots.ATA, all);
    loop.spawnProgram(SystemSlots.PRINTER, all);
    loop.spawnJava(SystemSlots.MFS, "mfs", all, Scheduler.SYSTEM_QUEUE, Scheduler.DEFAULT_QUANTUM,
        RecoveryPaths.block(Endpoint.of(SystemSlots.ATA, 0), blockView, mfsMutant));
    loop.spawnJava(SystemSlots.VFS, "vfs", all, Scheduler.SYSTEM_QUEUE, Scheduler.DEFAULT_QUANTUM,
        RecoveryPaths.character(Endpoint.of(SystemSlots.PRINTER, 0), DriverPuppet.CHAR_WRITE,
            charView));
    for (int c = 1; c <= clients; c++) {
      Puppets.ClientRecord record = new Puppets.ClientRecord();
      puppets.clients.put(c, record);
      loop.spawnJava(FIRST_CLIENT + c - 1, "client" + c, all, Scheduler.USER_QUEUE,
          Scheduler.DEFAULT_QUANTUM, new ClientPuppet(c, record));
    }
    loop.spawnJava(OBSERVER, "observer", all, Scheduler.USER_QUEUE, Scheduler.DEFAULT_QUANTUM,
        new ObserverProcess(puppets.observer, DISK, PRINTER));
    conductor = kernel.spawn(Puppets.CONDUCTOR_SLOT, "conductor", all);
    nextAlarmTick = periodTicks;
    settle();
  }

  /** Runs what is ready now, for a little while, short of RS's next period. */
  void settle() {
    long limit = machine.clock().now() + SETTLE_NANOSECONDS;
    if (limit >= tickNanoseconds(nextAlarmTick)) {
      throw new IllegalStateException("too many steps in one RS period");
    }
    loop.run(limit, false);
  }

  /** RS's alarm fires (spec: Recovery!RSPeriod); the system runs on after it for a while. */
  void period() {
    loop.run(tickNanoseconds(nextAlarmTick) + AFTER_PERIOD_MILLIS * 1_000_000, false);
    nextAlarmTick += periodTicks;
  }

  /** Puts {@code command} in {@code mailbox} and wakes the puppet in {@code slot}. */
  void command(java.util.Deque<Puppets.Command> mailbox, int slot, Puppets.Command command) {
    mailbox.add(command);
    kernel.trap(conductor, IpcFunction.NOTIFY.number(), kernel.table().slot(slot).endpoint());
    settle();
  }

  /** Asks the observer to read RS and DS, and waits for its answers. */
  Puppets.ObserverRecord observe() {
    puppets.observer.done = false;
    kernel.trap(conductor, IpcFunction.NOTIFY.number(), kernel.table().slot(OBSERVER).endpoint());
    loop.run(machine.clock().now() + SETTLE_NANOSECONDS / 10, false);
    if (!puppets.observer.done) {
      throw new IllegalStateException("the observer got no answer from RS or DS");
    }
    return puppets.observer;
  }

  private static long tickNanoseconds(long tick) {
    return Math.ceilDiv(tick * 1_000_000_000L, ClockTask.DEFAULT_HZ);
  }

  private static Privilege everything(long calls) {
    int[] slots = new int[TABLE];
    for (int i = 0; i < TABLE; i++) {
      slots[i] = i;
    }
    int ipc = 0;
    for (IpcFunction f : IpcFunction.values()) {
      ipc |= f.maskBit();
    }
    return new Privilege(ipc, slots, calls, List.of(), 0, List.of());
  }

  /** RS's policy: the spec's two drivers with a heartbeat and back-off of one period. */
  static String policy() {
    String restart = "restart always backoff " + PERIOD_MILLIS + " 2 " + 100 * PERIOD_MILLIS
        + ";\n  heartbeat " + PERIOD_MILLIS + ";\n";
    String server = "  ipc SEND RECEIVE SENDREC NOTIFY;\n  calls SYS_GRANT SYS_SAFECOPYFROM"
        + " SYS_SAFECOPYTO SYS_SETALARM SYS_TIMES SYS_GETKSIG SYS_ENDKSIG SYS_DIAGCTL;\n";
    return "service rs {\n  ipc SEND RECEIVE SENDREC NOTIFY;\n  destinations ds pm disk printer"
        + " users;\n  calls SYS_PRIVCTL SYS_SPAWN SYS_EXIT SYS_GRANT SYS_DIAGCTL SYS_SETALARM"
        + " SYS_TIMES;\n  restart never;\n}\n"
        + "service ds {\n  ipc SEND RECEIVE NOTIFY;\n  destinations pm vfs rs mfs disk printer"
        + " users;\n  calls SYS_SAFECOPYFROM SYS_SAFECOPYTO;\n  restart never;\n}\n"
        + "service pm {\n" + server + "  destinations rs ds;\n  restart never;\n}\n"
        + "service vfs {\n" + server + "  destinations printer ds users;\n  restart never;\n}\n"
        + "service mfs {\n" + server + "  destinations disk ds users;\n  restart never;\n}\n"
        + "service disk {\n  ipc SEND RECEIVE NOTIFY;\n  destinations mfs rs;\n"
        + "  calls SYS_SAFECOPYFROM SYS_SAFECOPYTO;\n  " + restart + "}\n"
        + "service printer {\n  ipc SEND RECEIVE NOTIFY;\n  destinations vfs rs;\n"
        + "  calls SYS_SAFECOPYFROM SYS_SAFECOPYTO;\n  " + restart + "}\n"
        + "user {\n  ipc SENDREC;\n  destinations vfs mfs;\n}\n";
  }

  @Override
  public void close() {
    machine.close();
  }
}
