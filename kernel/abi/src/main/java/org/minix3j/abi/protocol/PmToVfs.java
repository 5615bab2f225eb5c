package org.minix3j.abi.protocol;

/**
 * What PM tells VFS about processes (SENDREC from PM to VFS). VFS keeps a descriptor table and
 * ids per process; PM is the only one allowed to send these. VFS never sends to PM.
 */
public final class PmToVfs {
  /**
   * A process forked. in: w0 parent endpoint, w1 child endpoint, w2 child pid. The child gets a
   * copy of the parent's descriptors (sharing open-file positions), working directory, umask
   * and ids.
   */
  public static final int FORK = 200;

  /** A process exited or was killed. in: w0 endpoint. Its descriptors are closed. */
  public static final int EXIT = 201;

  /**
   * A process asks to exec. in: w0 endpoint, w1-w2 path (in its memory), w3-w4 frame (in its
   * memory). VFS checks the file, reads it, and has VM build the new image (VM's {@link
   * VmCalls#EXEC_NEWMEM}); close-on-exec descriptors are closed only once PM reports {@link
   * #EXEC_DONE}. result: 0 or the error; out: w0 page directory, w1 entry point, w2 stack
   * pointer, w3 set-user-id (-1 none), w4 set-group-id (-1 none), w5-w8 the program's name (the
   * path's last component, 16 bytes, NUL-padded) for ps.
   */
  public static final int EXEC = 202;

  /** The exec of w0 endpoint took effect: close its close-on-exec descriptors. */
  public static final int EXEC_DONE = 203;

  /** A process's ids changed. in: w0 endpoint, w1 real uid, w2 effective uid, w3 real gid, w4 effective gid. */
  public static final int SETIDS = 204;

  /** A process became a session leader (setsid): it loses its controlling terminal. in: w0 endpoint. */
  public static final int SETSID = 205;

  /**
   * A process blocked in VFS (a read of a terminal or a pipe, select) caught a signal. in: w0
   * endpoint. VFS cancels the call and replies EINTR to it.
   */
  public static final int UNPAUSE = 206;

  /** Boot: a user process PM made itself (init). in: w0 endpoint, w1 pid. */
  public static final int INIT_PROCESS = 207;

  /** The system is going down: sync every file system. */
  public static final int REBOOT = 208;

  /**
   * A process's process group changed (setpgid). in: w0 endpoint, w1 process group. VFS passes
   * the group to terminal drivers at open and ioctl; without this message it assumes the group
   * fork inherited, or the pid after setsid.
   */
  public static final int SETPGRP = 209;

  private PmToVfs() {}
}
