package org.minix3j.abi;

/**
 * The body of a Java system process (a server or a driver). The kernel runs it as one process
 * with its own endpoint; everything it does to the rest of the system goes through {@code sys}.
 * Returning ends the process; throwing is a crash, which the kernel cleans up (peers get {@link
 * Errno#EDEADSRCDST}) and reports to PM.
 */
@FunctionalInterface
public interface SystemProcess {
  void run(SystemCalls sys) throws Exception;
}
