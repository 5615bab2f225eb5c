package org.minix3j.verification.inject;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The kinds of fault a campaign injects, each with the way it must be detected: by the
 * instance's exit or exception (PM tells RS), by RS's heartbeat, by the kernel's refusal, or by
 * the requester's check of a reply. The fatal kinds end the instance and RS must restart it.
 */
public enum FaultKind {
  /** An exception thrown out of the instance's {@code run}. */
  CRASH(Detection.EXIT, true),
  /** The instance's {@code run} returns (KernelSignal.EXITED). */
  PANIC(Detection.EXIT, true),
  /** The instance blocks for good in a receive nobody answers. */
  HANG(Detection.HEARTBEAT, true),
  /** The instance loops on cheap kernel calls and never receives again. */
  LIVELOCK(Detection.HEARTBEAT, true),
  /** The result word of one block-device reply is garbled. */
  CORRUPT(Detection.REQUESTER, false),
  /** An access to an I/O port outside the instance's privilege. */
  ILLEGAL_PORT(Detection.REFUSAL, false),
  /** A SEND to a process outside the instance's destinations. */
  ILLEGAL_IPC(Detection.REFUSAL, false),
  /** A kernel call outside the instance's call mask. */
  ILLEGAL_CALL(Detection.REFUSAL, false),
  /** The instance keeps ever more memory until it passes its budget and dies. */
  LEAK(Detection.EXIT, true);

  /** How a fault of a kind is noticed. */
  public enum Detection {
    EXIT, HEARTBEAT, REFUSAL, REQUESTER
  }

  private final Detection detection;
  private final boolean fatal;

  FaultKind(Detection detection, boolean fatal) {
    this.detection = detection;
    this.fatal = fatal;
  }

  public Detection detection() {
    return detection;
  }

  /** Whether the fault ends the instance (RS must restart it). */
  public boolean fatal() {
    return fatal;
  }

  /** The name on the command line and in the table: {@code illegal-port}, ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind named {@code word}, or null. */
  public static @Nullable FaultKind ofWord(String word) {
    for (FaultKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    return null;
  }

  /** Whether a fault of this kind can be injected into {@code label}. */
  public boolean appliesTo(String label) {
    // a garbled reply is checked by the block path's requesters (MFS, VFS)
    return this != CORRUPT || label.equals("memory") || label.equals("ata");
  }
}
