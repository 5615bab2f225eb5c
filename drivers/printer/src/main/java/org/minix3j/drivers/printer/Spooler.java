package org.minix3j.drivers.printer;

import java.util.ArrayDeque;
import org.minix3j.abi.Errno;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.posix.Limits;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.drivers.printer.PrinterPort.Condition;

/**
 * The printer's jobs: WRITEs queue in arrival order and print one after another, each whole, one
 * byte per interrupt. The head job's bytes are copied from its grant a chunk at a time; after its
 * last byte is printed the job's REVIVE (the count) waits in {@link #revivals} for VFS's STATUS.
 * A printer that cannot print (off line, out of paper, in fault) ends the head job and every
 * job behind it with EIO; a grant that cannot be read ends its job with the copy's error.
 *
 * <p>Across a restart of the driver ({@link JobRecord}): a job starts by setting the port's
 * latch to its count and saving itself as the head; each strobe leaves the new count in the
 * latch; the count is saved every {@link JobRecord#SAVE_EVERY} bytes and when the job ends. A
 * WRITE that VFS re-issues (CharDevice.REISSUE) for a job the record knows goes on after its
 * last printed byte, or is answered at once if it had ended.
 *
 * <p>Entry points: {@link #write} and {@link #cancel} from requests; {@link #feed} after every
 * interrupt and watchdog alarm, and whenever the head job may have changed.
 */
final class Spooler {
  /** Bytes copied from a job's grant per safecopy. */
  static final int CHUNK = 512;

  /** Pending jobs at most: one per user process VFS can have waiting. */
  static final int MOST_JOBS = Limits.NR_USER_PROCESSES;

  /** Result of a request left pending. */
  static final int SUSPENDED = Integer.MIN_VALUE;

  /** A finished job's answer for STATUS: the request id and its status. */
  record Revival(int id, int status) {}

  final ArrayDeque<Job> jobs = new ArrayDeque<>();
  final ArrayDeque<Revival> revivals = new ArrayDeque<>();
  /** Whom to NOTIFY when a revival is queued (the VFS that sent the last job). */
  int vfs = -1;
  /** Revivals were queued since the driver last notified. */
  boolean news;

  private final SystemCalls sys;
  private final PrinterPort port;
  private final JobRecord record;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkLength;
  private int chunkNext;

  Spooler(SystemCalls sys, PrinterPort port, JobRecord record) {
    this.sys = sys;
    this.port = port;
    this.record = record;
  }

  /** WRITE of {@code count} bytes from {@code grant}: SUSPENDED, or an error at once. */
  int write(int caller, int id, int grant, int count, int flags) {
    if (count < 0) {
      return Errno.EINVAL.wireValue();
    }
    if (count == 0) {
      return 0;
    }
    int printed = 0;
    if ((flags & CharDevice.REISSUE) != 0) {
      Integer known = record.known.get(id);
      if (known != null && (known < 0 || known >= count)) {
        record.known.remove(id);
        return known < 0 ? known : count; // it had ended: its answer, nothing printed again
      }
      printed = known == null ? 0 : known; // a job not yet started is printed from its start
    }
    if (!jobs.isEmpty() && (flags & FileFlags.O_NONBLOCK) != 0) {
      return Errno.EAGAIN.wireValue();
    }
    if (jobs.size() >= MOST_JOBS) {
      return Errno.EAGAIN.wireValue();
    }
    Job job = new Job(caller, id, grant, count);
    job.strobed = printed;
    if (jobs.isEmpty()) {
      if (port.condition() == Condition.FAILED) {
        return Errno.EIO.wireValue();
      }
      int loaded = load(job);
      if (loaded < 0) {
        return loaded;
      }
      start(job);
    }
    jobs.add(job);
    vfs = caller;
    feed();
    return SUSPENDED;
  }

  /**
   * Moves the head job on: ends it if the printer failed or its last byte is out, else hands the
   * printer its next byte if the printer is ready; a busy printer is left to interrupt.
   */
  void feed() {
    while (true) {
      Job job = jobs.peek();
      if (job == null) {
        return;
      }
      Condition condition = port.condition();
      if (condition == Condition.FAILED) {
        finish(Errno.EIO.wireValue());
        continue;
      }
      if (condition == Condition.BUSY) {
        return;
      }
      if (job.strobed == job.count) {
        finish(job.count);
        continue;
      }
      if (record.headId != job.id) {
        start(job);
      }
      if (chunkNext == chunkLength) {
        int loaded = load(job);
        if (loaded < 0) {
          finish(loaded);
          continue;
        }
      }
      record.progress(job.strobed);
      int strobed = port.strobe(chunk[chunkNext], job.strobed + 1);
      if (strobed < 0) {
        finish(Errno.EIO.wireValue());
        continue;
      }
      chunkNext++;
      job.strobed++;
      return;
    }
  }

  /** CANCEL of {@code id}: the bytes a started job printed (EINTR if none), else EINTR. */
  int cancel(int id) {
    Job head = jobs.peek();
    if (head != null && head.id == id) {
      jobs.poll();
      chunkLength = 0;
      chunkNext = 0;
      record.endHead(id, 0, false);
      feed(); // the next job starts when the printer is free
      return head.strobed > 0 ? head.strobed : Errno.EINTR.wireValue();
    }
    for (Job job : jobs) {
      if (job.id == id) {
        jobs.remove(job);
        return Errno.EINTR.wireValue();
      }
    }
    for (Revival revival : revivals) {
      if (revival.id() == id) {
        revivals.remove(revival); // finished meanwhile: this reply carries the result
        return revival.status();
      }
    }
    return Errno.EINTR.wireValue();
  }

  /**
   * The head job starts (or goes on after a restart): the latch gets its count, then the record
   * names it the head; the saved head is none before, so a death in between loses nothing.
   */
  private void start(Job job) {
    port.setLatch(job.strobed);
    record.startHead(job.id, job.strobed);
  }

  /** A revival handed to VFS: that job cannot be re-issued any more. */
  void collected(int id) {
    record.known.remove(id);
  }

  /** Copies the head job's next chunk from its grant; 0 or the copy's error. */
  private int load(Job job) {
    int length = Math.min(CHUNK, job.count - job.strobed);
    int copied = sys.safecopyFrom(job.caller, job.grant, job.strobed, chunk, 0, length);
    if (copied < 0) {
      return copied;
    }
    chunkLength = length;
    chunkNext = 0;
    return 0;
  }

  /** Ends the head job with {@code status}; its REVIVE waits for STATUS. */
  private void finish(int status) {
    Job job = jobs.poll();
    if (job == null) {
      return;
    }
    chunkLength = 0;
    chunkNext = 0;
    record.endHead(job.id, status, true);
    revivals.add(new Revival(job.id, status));
    vfs = job.caller;
    news = true;
  }
}
