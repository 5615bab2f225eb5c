package org.minix3j.servers.pm;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;

/**
 * PM, the process manager: processes (fork, exec, exit, wait), their ids, groups and sessions,
 * signals, alarms and time. The boot image constructs it with its {@link PmConfiguration} and
 * runs it in slot {@link org.minix3j.abi.SystemSlots#PM}.
 *
 * <p>The loop is MINIX's: initialise, then forever receive from ANY and let {@link PmServer}
 * handle the message (notifications first, then the call table, a reply unless deferred).
 *
 * <p>Privilege it needs: SEND/RECEIVE/SENDREC/NOTIFY; destinations VFS, VM, DS, RS, the
 * terminal driver and every user process; kernel calls SYS_FORK, SYS_EXEC, SYS_EXIT,
 * SYS_DEVIO (ports 0x70-0x71), SYS_SETALARM, SYS_GETINFO, SYS_TIMES, SYS_KILL, SYS_SIGSEND,
 * SYS_SIGRETURN, SYS_GETKSIG, SYS_ENDKSIG, SYS_GRANT, SYS_SHUTDOWN.
 */
public final class ProcessManager implements SystemProcess {
  private final PmConfiguration config;

  public ProcessManager(PmConfiguration config) {
    this.config = config;
  }

  @Override
  public void run(SystemCalls sys) {
    PmServer server = new PmServer(sys, config);
    server.start();
    Message message = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, message) == Errno.OK_VALUE) {
        server.handle(message);
      }
    }
  }
}
