package org.minix3j.kernel.proc;

/** The IPC call a process is blocked in, as spec/Ipc.tla's {@code call} names it. */
public enum IpcCall {
  NONE,
  SEND,
  SENDREC,
  RECEIVE,
  NOTIFY
}
