package org.minix3j.abi;

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
}
