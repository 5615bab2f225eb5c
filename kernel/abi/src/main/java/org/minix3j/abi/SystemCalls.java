package org.minix3j.abi;

import java.util.List;

/**
 * The handle a Java system process holds: its only way into the kernel. Every call is a kernel
 * entry made on behalf of the one process the handle was given to, and is checked there as an
 * i386 process's trap is: IPC against the caller's privileges ({@link Errno#ETRAPDENIED}, {@link
 * Errno#ECALLDENIED}, {@link Errno#EDEADSRCDST}, ...), kernel calls against its call mask.
 *
 * <p>Results are {@link Errno#OK_VALUE} or a negative {@link Errno} wire value unless a method
 * says otherwise. A call that blocks (SEND to a process not receiving, RECEIVE with nothing
 * pending, SENDREC) returns when the kernel completes it; meanwhile other processes run. A
 * call may also give the turn to another process before returning (the quantum ran out or a
 * process of higher priority became ready). Using a handle from any process but its own, or
 * after its process ended, throws {@link IllegalStateException}.
 */
public interface SystemCalls {
  /** The caller's own endpoint. */
  int endpoint();

  /** SEND: blocks until {@code destination} receives {@code message}. */
  int send(int destination, Message message);

  /** RECEIVE from {@code source} or {@link Endpoint#ANY}; the message lands in {@code into}. */
  int receive(int source, Message into);

  /** SENDREC: sends {@code message} and waits for the reply from the same endpoint, into it. */
  int sendrec(int destination, Message message);

  /** NOTIFY: sets the caller's pending bit at {@code destination}; never blocks. */
  int notify(int destination);

  /**
   * SYS_DEVIO, read: the value of {@code width} bytes (1, 2 or 4) at {@code port}, as an
   * unsigned number, or a negative {@link Errno} wire value.
   */
  long inPort(int port, int width);

  /** SYS_DEVIO, write: {@code width} bytes (1, 2 or 4) of {@code value} to {@code port}. */
  int outPort(int port, int width, int value);

  /** SYS_IRQCTL: hooks ({@code enable}) or unhooks the caller on IRQ {@code line}. */
  int irqctl(int line, boolean enable);

  /**
   * SYS_SETALARM: a notification from {@link Notification#CLOCK} when the uptime reaches {@code
   * ticks} ({@code absolute}) or {@code ticks} from now; 0 cancels. Returns the ticks that were
   * left of the alarm it replaces (0 if none), or a negative {@link Errno} wire value.
   */
  long setAlarm(long ticks, boolean absolute);

  /** SYS_TIMES: clock ticks since boot, or a negative {@link Errno} wire value. */
  long uptime();

  /** The clock ticks per second of {@link #uptime()} and {@link #setAlarm}. */
  int ticksPerSecond();

  /**
   * SYS_GETKSIG (PM): the lowest process with kernel signals pending, into {@code into}'s
   * payload ({@link KernelSignal#ENDPOINT_WORD}, {@link KernelSignal#SIGNALS_WORD}); the
   * endpoint is {@link Endpoint#NONE} when there is none. The signals are taken; the process
   * stays stopped until {@link #endKernelSignals}.
   */
  int getKernelSignals(Message into);

  /** SYS_ENDKSIG (PM): done with {@code endpoint}'s kernel signals; it may run again. */
  int endKernelSignals(int endpoint);

  /** SYS_EXIT (PM, RS): removes the process {@code endpoint}; peers get EDEADSRCDST. */
  int exit(int endpoint);

  /**
   * SYS_VDEVIO: the port accesses of {@code requests} in order; a read's value (unsigned) goes
   * to the same index of {@code values}. Every access is checked before any is made.
   */
  int vdevio(List<PortRequest> requests, long[] values);

  /**
   * SYS_PHYSCOPY: {@code length} bytes of physical memory at {@code address} into {@code into}
   * from {@code offset}; the range must lie in one of the caller's memory ranges.
   */
  int physRead(long address, byte[] into, int offset, int length);

  /** SYS_PHYSCOPY: {@code length} bytes of {@code from} (from {@code offset}) to physical memory. */
  int physWrite(long address, byte[] from, int offset, int length);

  /** SYS_PRIVCTL (RS only): gives the live process {@code target} the privilege {@code request}. */
  int privctl(int target, ServicePrivilege request);

  /**
   * SYS_GRANT: lets {@code grantee} (that endpoint only) copy from or to bytes {@code offset..
   * offset+length} of {@code buffer}, as {@code access} says. Returns the grant id (not
   * negative) or a negative {@link Errno} wire value. The kernel keeps the array until the grant
   * is revoked or the caller exits.
   */
  int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length);

  /**
   * SYS_GRANT, magic (VFS only): lets {@code grantee} reach {@code length} bytes of the user
   * memory of {@code target} at {@code address}. Returns the grant id or an error.
   */
  int grantMagic(int grantee, GrantAccess access, int target, int address, int length);

  /** SYS_GRANT: revokes the caller's own grant {@code grantId}. */
  int revokeGrant(int grantId);

  /**
   * SYS_SAFECOPYFROM: bytes {@code offset..offset+length} of {@code granter}'s grant {@code
   * grantId} into {@code into} from {@code intoOffset}. All or nothing.
   */
  int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset, int length);

  /** SYS_SAFECOPYTO: {@code from} (from {@code fromOffset}) into bytes of a write grant. */
  int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset, int length);

  /** SYS_MEMSET: sets bytes {@code offset..offset+length} of a write grant to {@code value}. */
  int memset(int granter, int grantId, int offset, int value, int length);

  /** SYS_GETINFO: appends every live process to {@code into}; returns how many, or an error. */
  int processTable(List<ProcessInfo> into);

  /** SYS_TIMES: {@code target}'s user and system time and the uptime. */
  ProcessTimes times(int target);

  /**
   * SYS_KILL: raises {@code signal} for {@code target}; it stops and PM is told, as for an
   * exception (see {@link #getKernelSignals}).
   */
  int kill(int target, int signal);

  /**
   * SYS_FORK (PM): copies the i386 process {@code parent}, which waits for the caller's reply,
   * into the free slot {@code childSlot} with the address space {@code pageDirectory} (built by
   * VM); the child's pending call completes with {@code childReply}. Returns the child's
   * endpoint (not negative) or a negative {@link Errno} wire value.
   */
  int fork(int parent, int childSlot, int pageDirectory, Message childReply);

  /**
   * SYS_EXEC (PM): {@code target}, which waits for the caller's reply, gets the address space
   * {@code pageDirectory} and starts at {@code entry} with stack pointer {@code stack}; the
   * caller's reply then wakes it without being delivered.
   */
  int exec(int target, int pageDirectory, int entry, int stack);

  /**
   * SYS_SIGSEND (PM): builds a {@link SignalFrame} on {@code target}'s stack and points it at
   * the handler. The target must not be blocked in IPC.
   */
  int sigsend(int target, SignalFrame.Delivery delivery);

  /**
   * SYS_SIGRETURN (PM): {@code target}, which waits for the caller's reply, gets back the
   * registers saved in the context at {@code contextAddress}. Returns the saved signal mask as
   * an unsigned number, or a negative {@link Errno} wire value.
   */
  long sigreturn(int target, int contextAddress);

  /** SYS_SHUTDOWN: the machine stops once this call returns; {@code status} says why. */
  int shutdown(int status);

  /** The longest line {@link #diagnostic} takes. */
  int DIAGNOSTIC_MAX = 256;

  /**
   * SYS_DIAGCTL: prints {@code line} on the console as one line of the kernel's log (MINIX's
   * kernel messages), characters outside printable ASCII shown as '?'. EINVAL beyond {@link
   * #DIAGNOSTIC_MAX} characters. A handle that does not support it answers ENOSYS.
   */
  default int diagnostic(String line) {
    return Errno.ENOSYS.wireValue();
  }

  /**
   * SYS_SPAWN (RS): starts a fresh copy of the boot-image program registered for {@code slot}
   * (a new instance, empty state) in that slot with the slot's next generation, no privilege
   * (SYS_PRIVCTL gives it one before it runs) and the program's queue and quantum. Returns the
   * new endpoint; EINVAL if no program is registered for the slot, EBUSY while the slot's
   * process is alive. The old endpoint stays dead: IPC with it fails with EDEADSRCDST. A handle
   * that does not support it answers ENOSYS.
   */
  default int spawn(int slot) {
    return Errno.ENOSYS.wireValue();
  }

  /**
   * SYS_SPAWN (RS), with a program: starts a fresh copy of the boot-image program registered
   * for {@code programSlot} in the free system slot {@code slot} (a second copy of a program in
   * a slot of its own; with {@code programSlot == slot}, as {@link #spawn(int)}), with that
   * slot's next generation and no privilege. Returns the new endpoint; EINVAL if {@code
   * programSlot} has no program or {@code slot} is not a system slot, EBUSY while {@code slot}'s
   * process is alive. A handle that does not support it answers ENOSYS.
   */
  default int spawn(int slot, int programSlot) {
    return programSlot == slot ? spawn(slot) : Errno.ENOSYS.wireValue();
  }

  /** The longest death record {@link #deathRecord} gives. */
  int DEATH_RECORD_MAX = 1024;

  /**
   * SYS_GETINFO, death-record variant (RS): what the kernel kept of the death of the Java system
   * process that was {@code endpoint}, as lines of printable ASCII copied into {@code into} (cut
   * to its length, at most {@link #DEATH_RECORD_MAX} bytes): first how it ended ({@code exception
   * CLASS: MESSAGE} followed by its top frames, each {@code "  at FRAME"}; {@code returned}; or
   * {@code ended by ENDPOINT}), then {@code ipc STATE}, {@code notifications pending from
   * SOURCES}, {@code grants in use N} and {@code kernel entries N} as they were at that moment.
   * Returns the bytes copied; ESRCH if the kernel keeps no record of that endpoint (it keeps the
   * latest death of each slot); EPERM for a caller whose privilege does not also allow SYS_SPAWN.
   * A handle that does not support it answers ENOSYS.
   */
  default int deathRecord(int endpoint, byte[] into) {
    return Errno.ENOSYS.wireValue();
  }
}
