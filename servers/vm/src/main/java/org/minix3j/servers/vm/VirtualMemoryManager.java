package org.minix3j.servers.vm;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;

/**
 * VM, the virtual memory manager: owns every frame of its pool and builds each user process's
 * page tables in it (i386, 4 KiB pages; text read-only and shared between processes of one
 * program, data, heap and stack writable and not executable, nothing at or above STACK_TOP).
 *
 * <p>Entry points are the {@link org.minix3j.abi.protocol.VmCalls} requests: FORK, EXIT and
 * BRK from PM; EXEC_NEWMEM from VFS, then EXEC_DONE or EXEC_ABORT from PM; INFO. The loop is
 * MINIX's: receive from ANY, skip notifications (VM expects none), dispatch through the {@link
 * CallTable}, reply to every request (a reply to a caller that died meanwhile is dropped).
 *
 * <p>Privilege VM needs: SYS_PHYSCOPY over its pool, SYS_SAFECOPYFROM (VFS's grants), RECEIVE
 * and SEND to PM and VFS.
 */
public final class VirtualMemoryManager implements SystemProcess {
  private final VmConfiguration configuration;

  public VirtualMemoryManager(VmConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public void run(SystemCalls sys) {
    CallTable calls = new CallTable(configuration, sys);
    Message message = new Message();
    while (true) {
      if (sys.receive(Endpoint.ANY, message) != Errno.OK_VALUE || message.isNotification()) {
        continue;
      }
      int caller = message.source();
      Reply reply = calls.handle(caller, message);
      reply.writeTo(message);
      sys.send(caller, message);
    }
  }
}
