package org.minix3j.servers.pm;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.PmCalls;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.servers.pm.forkexit.Exec;
import org.minix3j.servers.pm.forkexit.ForkExit;
import org.minix3j.servers.pm.ipc.Peers;
import org.minix3j.servers.pm.misc.IdCalls;
import org.minix3j.servers.pm.misc.MiscCalls;
import org.minix3j.servers.pm.misc.ScriptJobs;
import org.minix3j.servers.pm.signal.KernelEvents;
import org.minix3j.servers.pm.signal.SignalCalls;
import org.minix3j.servers.pm.signal.SignalDelivery;
import org.minix3j.servers.pm.table.PmProcess;
import org.minix3j.servers.pm.table.ProcessTable;
import org.minix3j.servers.pm.time.BootClock;
import org.minix3j.servers.pm.time.TimeCalls;
import org.minix3j.servers.pm.time.Timers;

/**
 * PM's state and its handling of one message (MINIX's main.c without the loop): the process
 * table, the handlers of each concern, and the call table that connects them.
 *
 * <p>Usual order: {@link #start()} once (init's entry, the boot time from the RTC, VFS told of
 * init, the boot time published in DS), then {@link #handle} for every message received.
 * Notifications come first: HARDWARE means kernel signals, CLOCK means timers, any other
 * source is a terminal driver with signals to give. A call gets its reply unless the handler
 * deferred it or the caller is gone; then the caller's own pending signals are delivered, and
 * the kernel alarm is set for the earliest deadline.
 */
public final class PmServer {
  /** init's endpoint at boot: its slot, generation 0. */
  public static final int INIT_ENDPOINT = Endpoint.of(SystemSlots.INIT, 0);

  private final PmConfiguration config;
  private final ProcessTable table = new ProcessTable();
  private final Peers peers;
  private final SignalDelivery signals;
  private final ForkExit forkExit;
  private final KernelEvents kernelEvents;
  private final Timers timers;
  private final CallTable calls;
  private final Message reply = new Message();
  private final TimeCalls time;

  public PmServer(SystemCalls sys, PmConfiguration config) {
    this.config = config;
    this.peers = new Peers(sys);
    this.signals = new SignalDelivery(sys, table, peers);
    this.forkExit = new ForkExit(sys, table, peers, signals, config);
    signals.bind(forkExit);
    this.kernelEvents = new KernelEvents(sys, table, peers, signals);
    this.timers = new Timers(sys, table, peers, signals);
    BootClock clock = new BootClock(sys, config.cmosIndexPort(), config.cmosDataPort());
    this.time = new TimeCalls(sys, clock.bootTime(config.fallbackBootTime()));
    this.calls = callTable(sys, table, peers, signals, forkExit, kernelEvents, time);
  }

  private static CallTable callTable(
      SystemCalls sys,
      ProcessTable table,
      Peers peers,
      SignalDelivery signals,
      ForkExit forkExit,
      KernelEvents kernelEvents,
      TimeCalls time) {
    Exec exec = new Exec(sys, peers);
    SignalCalls signalCalls = new SignalCalls(sys, table, signals);
    IdCalls ids = new IdCalls(table, peers);
    MiscCalls misc = new MiscCalls(sys, table, peers);
    ScriptJobs scripts = new ScriptJobs(table, peers);
    return new CallTable()
        .user(PmCalls.EXIT, "exit", forkExit::exit)
        .user(PmCalls.FORK, "fork", forkExit::fork)
        .user(PmCalls.WAITPID, "waitpid", forkExit::waitpid)
        .user(PmCalls.EXEC, "exec", exec::exec)
        .user(PmCalls.GETPID, "getpid", ids::getpid)
        .user(PmCalls.GETUID, "getuid", ids::getuid)
        .user(PmCalls.GETGID, "getgid", ids::getgid)
        .user(PmCalls.SETUID, "setuid", ids::setuid)
        .user(PmCalls.SETGID, "setgid", ids::setgid)
        .user(PmCalls.KILL, "kill", signalCalls::kill)
        .user(PmCalls.SIGACTION, "sigaction", signalCalls::sigaction)
        .user(PmCalls.SIGPROCMASK, "sigprocmask", signalCalls::sigprocmask)
        .user(PmCalls.SIGPENDING, "sigpending", signalCalls::sigpending)
        .user(PmCalls.SIGSUSPEND, "sigsuspend", signalCalls::sigsuspend)
        .user(PmCalls.SIGRETURN, "sigreturn", signalCalls::sigreturn)
        .user(PmCalls.ALARM, "alarm", time::alarm)
        .user(PmCalls.PAUSE, "pause", signalCalls::pause)
        .user(PmCalls.SETPGID, "setpgid", ids::setpgid)
        .user(PmCalls.SETSID, "setsid", ids::setsid)
        .user(PmCalls.GETPGID, "getpgid", ids::getpgid)
        .user(PmCalls.GETSID, "getsid", ids::getsid)
        .user(PmCalls.TIMES, "times", time::times)
        .user(PmCalls.BRK, "brk", misc::brk)
        .any(PmCalls.TIME, "time", time::time)
        .user(PmCalls.NANOSLEEP, "nanosleep", time::nanosleep)
        .user(PmCalls.REBOOT, "reboot", misc::reboot)
        .any(PmCalls.GETPROCS, "getprocs", misc::getprocs)
        .any(PmCalls.GETEPINFO, "getepinfo", ids::getepinfo)
        .any(PmCalls.SERVICE_DIED, "service_died", kernelEvents::nextDeath)
        .any(PmCalls.RUN_SCRIPT, "run_script", scripts::run)
        .user(PmCalls.NEXT_SCRIPT, "next_script", scripts::next);
  }

  /** Boot: init (slot 16, pid 1, root) exists; VFS and DS learn what PM knows. */
  public void start() {
    PmProcess init = table.init();
    init.reset();
    init.inUse = true;
    init.endpoint = INIT_ENDPOINT;
    init.pid = ProcessTable.INIT_PID;
    init.pgid = ProcessTable.INIT_PID;
    init.sid = ProcessTable.INIT_PID;
    init.name = config.initName();
    int unusedInit = peers.vfs(PmToVfs.INIT_PROCESS, INIT_ENDPOINT, ProcessTable.INIT_PID);
    int unusedDs = peers.publishNumber(DsCalls.BOOT_TIME_KEY, (int) time.bootTime());
  }

  /** Handles one received message (a notification or a call). */
  public void handle(Message message) {
    int source = message.source();
    if (message.isNotification()) {
      if (source == Notification.HARDWARE) {
        kernelEvents.kernelSignals();
      } else if (source == Notification.CLOCK) {
        timers.expire();
      } else if (terminalDriver(source)) {
        kernelEvents.terminalSignals(source);
      }
      timers.reschedule();
      return;
    }
    reply.clear();
    @Nullable PmProcess caller = table.byEndpoint(source);
    Reply answer = dispatch(caller, source, message);
    if (answer.sends()) {
      reply.setType(answer.result());
      peers.reply(source, reply);
    }
    if (caller != null && caller.alive()) {
      signals.deliverPending(caller);
    }
    timers.reschedule();
  }

  private Reply dispatch(@Nullable PmProcess caller, int source, Message message) {
    CallTable.@Nullable Entry entry = calls.lookup(message.type());
    if (entry == null) {
      return Reply.of(Errno.ENOSYS.wireValue());
    }
    return switch (entry) {
      case CallTable.UserCall user -> {
        if (caller == null) {
          yield Reply.of(Errno.EPERM.wireValue());
        }
        signals.beginCall(caller.endpoint);
        try {
          yield user.handler().handle(caller, message, reply);
        } finally {
          signals.endCall();
        }
      }
      case CallTable.AnyCall any -> any.handler().handle(source, message, reply);
    };
  }

  /** Whether a NOTIFY from {@code source} can be a terminal driver's: a driver, not a core server. */
  private static boolean terminalDriver(int source) {
    if (!Endpoint.isProcess(source)) {
      return false;
    }
    int slot = Endpoint.slot(source);
    return slot > SystemSlots.MFS && !SystemSlots.isUser(slot);
  }

  /** The process table (for tests and audits). */
  public ProcessTable table() {
    return table;
  }

  /** Seconds since 1970 at uptime 0, as published in DS. */
  public long bootTime() {
    return time.bootTime();
  }
}
