package org.minix3j.servers.rs;

import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.protocol.RsCalls;

/** Why an instance of a service ended, as LIST reports it and the log names it. */
enum FailureReason {
  /** No failure yet. */
  NONE(RsCalls.REASON_NONE, "none"),
  /** An exception: PM reported the signal of a fault, or SIGABRT for a Java body that threw. */
  CRASH(RsCalls.REASON_CRASH, "crash"),
  /** The instance exited on its own (a Java body whose run() returned). */
  PANIC(RsCalls.REASON_PANIC, "panic"),
  /** No answer to RS's ping within the heartbeat period: RS killed it. */
  HEARTBEAT(RsCalls.REASON_HEARTBEAT, "heartbeat"),
  /** Stopped on request (service down). */
  KILLED(RsCalls.REASON_KILLED, "killed");

  private final int code;
  private final String word;

  FailureReason(int code, String word) {
    this.code = code;
    this.word = word;
  }

  /** The wire code ({@link RsCalls#REASON_CRASH}, ...). */
  int code() {
    return code;
  }

  /** The word of the log. */
  String word() {
    return word;
  }

  /** What a death PM reported with {@code signal} means. */
  static FailureReason ofSignal(int signal) {
    return signal == KernelSignal.EXITED ? PANIC : CRASH;
  }
}
