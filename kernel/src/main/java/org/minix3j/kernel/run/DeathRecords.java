package org.minix3j.kernel.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.kernel.grant.Grants;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessState;
import org.minix3j.kernel.proc.SlotBitmap;

/**
 * What the kernel saw of the last death of a Java system process in each slot, for RS to read
 * back (SYS_GETINFO's death-record variant): how it ended (the exception's class and message and
 * its top frames, a body that returned, or another process's SYS_EXIT), and the kernel's state
 * of it at that moment: its IPC state, the notifications pending for it, the grants it had in use
 * and the kernel entries it made. Mechanism only: the record is text the kernel writes and never
 * reads; what it means is RS's business.
 *
 * <p>Invariant: one record per slot, the latest death's, at most {@link
 * SystemCalls#DEATH_RECORD_MAX} bytes of printable ASCII; memory is bounded by the table size.
 */
final class DeathRecords {
  /** How many stack frames of an exception a record keeps. */
  static final int FRAMES = 4;

  private final int[] endpoints;
  private final byte[][] records;
  private final long[] entries;

  DeathRecords(int slots) {
    endpoints = new int[slots];
    Arrays.fill(endpoints, Endpoint.NONE);
    records = new byte[slots][];
    entries = new long[slots];
  }

  /** One more kernel entry by the process in {@code slot} (-1: none runs). */
  void entered(int slot) {
    if (slot >= 0 && slot < entries.length) {
      entries[slot]++;
    }
  }

  /** A new process in {@code slot}: its count of kernel entries starts from zero. */
  void admitted(int slot) {
    entries[slot] = 0;
  }

  /**
   * Records the death of the Java process {@code process}, which is still in the table: {@code
   * how} ("exception", "returned", "ended by 4.0"), and what it threw (null for none).
   */
  void record(ProcessSlot process, String how, @Nullable Throwable failure, Grants grants,
      int tableSize) {
    StringBuilder text = new StringBuilder(256);
    if (failure != null) {
      text.append("exception ").append(failure.getClass().getSimpleName());
      String message = failure.getMessage();
      if (message != null) {
        text.append(": ").append(message);
      }
      text.append('\n');
      StackTraceElement[] frames = failure.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        text.append("  at ").append(frames[i]).append('\n');
      }
    } else {
      text.append(how).append('\n');
    }
    text.append("ipc ").append(ipcState(process)).append('\n');
    text.append("notifications pending from");
    SlotBitmap pending = process.pending();
    boolean any = false;
    for (int source = 0; source < tableSize; source++) {
      if (pending.isSet(source)) {
        text.append(' ').append(source);
        any = true;
      }
    }
    text.append(any ? "\n" : " none\n");
    text.append("grants in use ").append(grants.table(process.slot()).inUse()).append('\n');
    text.append("kernel entries ").append(entries[process.slot()]).append('\n');
    endpoints[process.slot()] = process.endpoint();
    records[process.slot()] = printable(text);
  }

  /**
   * Copies the record of the dead {@code endpoint} into {@code into}; returns the bytes copied
   * (the record cut to the array's length), or ESRCH if the kernel has none for that endpoint (a
   * slot's later death replaces it).
   */
  int copy(int endpoint, byte[] into) {
    if (endpoint < 0 || Endpoint.slot(endpoint) >= endpoints.length) {
      return Errno.EINVAL.wireValue();
    }
    int slot = Endpoint.slot(endpoint);
    byte[] record = records[slot];
    if (record == null || endpoints[slot] != endpoint) {
      return Errno.ESRCH.wireValue();
    }
    int length = Math.min(record.length, into.length);
    System.arraycopy(record, 0, into, 0, length);
    return length;
  }

  private static String ipcState(ProcessSlot process) {
    ProcessState state = process.state();
    return switch (state) {
      case SENDING -> "sending to " + Endpoint.describe(process.peer());
      case RECEIVING -> "receiving from " + Endpoint.describe(process.peer());
      default -> state.name().toLowerCase(Locale.ROOT);
    };
  }

  private static byte[] printable(CharSequence text) {
    int length = Math.min(text.length(), SystemCalls.DEATH_RECORD_MAX);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || (c >= 0x20 && c < 0x7F) ? c : '?');
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
