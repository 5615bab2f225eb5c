package org.minix3j.drivers.printer;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.DsCalls;

/**
 * The printer's progress that outlives the driver, kept in DS under the private key {@value
 * #KEY} ({@link DsCalls#PRIVATE}: DS gives it back to the printer label alone, so to the next
 * instance of this driver). With it a print job survives the driver's death exactly: VFS sends
 * the job's WRITE again to the new instance (CharDevice.REISSUE), which finds here how many of
 * its bytes were printed and goes on with the next one, so no byte is lost and none printed
 * twice.
 *
 * <p>What is kept: the head job (the one printing: its request id and a byte count it had
 * printed when last saved), and the jobs this driver knows the end of (a job finished, its
 * REVIVE not yet asked for by VFS; a job whose progress a predecessor left): request id to the
 * bytes printed, or to the error it ended with. Ids are VFS's request ids, never 0 ({@link
 * #NONE}).
 *
 * <p>The exact count comes from the port's data latch, which the printer ignores but keeps
 * across the driver's death (it reads back what was last written): the head job's strobes each
 * leave in it the count of the job's bytes printed so far, modulo 256, in the same SYS_VDEVIO
 * as the strobe itself, so the latch changes exactly when a byte is printed. The saved count is
 * brought up to date at least every {@link #SAVE_EVERY} bytes (fewer than 256), so {@code saved
 * + ((latch - saved) mod 256)} is the job's true count whenever the driver dies, even between a
 * strobe and the save after it. Invariant that keeps this true: the latch is written other than
 * by a head job's strobe only while the saved head is {@link #NONE} ({@link Spooler} starts a
 * job by setting the latch and then saving it as the head).
 *
 * <p>Value layout, little-endian words: head id, head's saved count, the number of known jobs,
 * then per known job its id and bytes (or error). A DS that refuses or is gone costs the
 * exactness of a job across a restart, never the printing.
 */
final class JobRecord {
  /** The DS key of the printer's progress. */
  static final String KEY = "printer.jobs";

  /** No job: request ids are never 0. */
  static final int NONE = 0;

  /** The head job's count is saved again after this many bytes (the latch counts to 256). */
  static final int SAVE_EVERY = 128;

  /** Known jobs kept at most (the oldest go first). */
  static final int MOST_KNOWN = Spooler.MOST_JOBS;

  private static final int DS = Endpoint.of(SystemSlots.DS, 0);
  private static final int CAPACITY = 12 + 8 * MOST_KNOWN;

  /** The head job's id, or {@link #NONE}. */
  int headId = NONE;

  /** The bytes of the head job printed when it was last saved. */
  int headSaved;

  /** Jobs whose end or progress this driver knows: id to bytes printed, or a negative error. */
  final Map<Integer, Integer> known = new LinkedHashMap<>();

  private final SystemCalls sys;
  private final byte[] key = KEY.getBytes(StandardCharsets.US_ASCII);
  private final byte[] value = new byte[CAPACITY];
  private final Message message = new Message();

  JobRecord(SystemCalls sys) {
    this.sys = sys;
  }

  /**
   * Takes back what a predecessor saved; {@code latch} is the port's data latch now. The job
   * it was printing becomes a known job with its exact count. Returns whether there was a
   * record (a restart) or not (a boot, or DS could not say).
   */
  boolean restore(int latch) {
    int keyGrant = sys.grant(DS, GrantAccess.READ, key, 0, key.length);
    if (keyGrant < 0) {
      return false;
    }
    int length;
    int valueGrant = sys.grant(DS, GrantAccess.WRITE, value, 0, value.length);
    try {
      if (valueGrant < 0) {
        return false;
      }
      message.clear();
      message.setType(DsCalls.RETRIEVE).setPayload(0, keyGrant).setPayload(1, key.length)
          .setPayload(2, DsCalls.KIND_MEMORY).setPayload(3, valueGrant)
          .setPayload(4, value.length);
      if (sys.sendrec(DS, message) != Errno.OK_VALUE || message.type() != Errno.OK_VALUE) {
        return false; // nothing saved (ESRCH at boot), or DS could not say
      }
      length = message.payload(1);
    } finally {
      if (valueGrant >= 0) {
        sys.revokeGrant(valueGrant);
      }
      sys.revokeGrant(keyGrant);
    }
    if (length < 12) {
      return false;
    }
    int count = Math.min(word(8), (length - 12) / 8);
    known.clear();
    for (int i = 0; i < count; i++) {
      known.put(word(12 + 8 * i), word(16 + 8 * i));
    }
    int id = word(0);
    if (id != NONE && latch >= 0) {
      int saved = word(4);
      known.put(id, saved + ((latch - saved) & 0xFF)); // the strobes after the last save
    }
    headId = NONE;
    headSaved = 0;
    return true;
  }

  /** The head job is now {@code id}, with {@code printed} bytes out (the latch says so too). */
  void startHead(int id, int printed) {
    known.remove(id);
    headId = id;
    headSaved = printed;
    save();
  }

  /** The head job ended with {@code status}; kept as known unless it was cancelled. */
  void endHead(int id, int status, boolean keep) {
    if (headId == id) {
      headId = NONE;
      headSaved = 0;
    }
    if (keep) {
      known.remove(id);
      known.put(id, status);
      trim();
    }
    save();
  }

  /** The head job has {@code printed} bytes out: saved when {@link #SAVE_EVERY} more are. */
  void progress(int printed) {
    if (headId != NONE && printed - headSaved >= SAVE_EVERY) {
      headSaved = printed;
      save();
    }
  }

  /** Publishes the record (OVERWRITE, PRIVATE). */
  void save() {
    put(0, headId);
    put(4, headSaved);
    put(8, known.size());
    int at = 12;
    for (Map.Entry<Integer, Integer> job : known.entrySet()) {
      put(at, job.getKey());
      put(at + 4, job.getValue());
      at += 8;
    }
    int keyGrant = sys.grant(DS, GrantAccess.READ, key, 0, key.length);
    if (keyGrant < 0) {
      return;
    }
    int valueGrant = sys.grant(DS, GrantAccess.READ, value, 0, at);
    if (valueGrant >= 0) {
      message.clear();
      message.setType(DsCalls.PUBLISH).setPayload(0, keyGrant).setPayload(1, key.length)
          .setPayload(2, DsCalls.KIND_MEMORY).setPayload(4, valueGrant).setPayload(5, at)
          .setPayload(6, DsCalls.OVERWRITE | DsCalls.PRIVATE);
      sys.sendrec(DS, message); // a refusal costs exactness after a restart, nothing else
      sys.revokeGrant(valueGrant);
    }
    sys.revokeGrant(keyGrant);
  }

  private void trim() {
    Iterator<Integer> oldest = known.keySet().iterator();
    while (known.size() > MOST_KNOWN && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  private int word(int offset) {
    return (value[offset] & 0xFF) | (value[offset + 1] & 0xFF) << 8
        | (value[offset + 2] & 0xFF) << 16 | (value[offset + 3] & 0xFF) << 24;
  }

  private void put(int offset, int word) {
    value[offset] = (byte) word;
    value[offset + 1] = (byte) (word >>> 8);
    value[offset + 2] = (byte) (word >>> 16);
    value[offset + 3] = (byte) (word >>> 24);
  }
}
