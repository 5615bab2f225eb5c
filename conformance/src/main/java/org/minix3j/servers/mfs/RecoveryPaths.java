package org.minix3j.servers.mfs;

import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemProcess;
import org.minix3j.abi.SystemSlots;
import org.minix3j.conformance.recovery.FileServerView;

/**
 * The file server's recovery paths for Recovery conformance, each a small system process that
 * serves puppet clients one request at a time (the kernel queues the others, in order: the
 * spec's fsQueue):
 *
 * <ul>
 *   <li>{@link #block}: MFS's own {@link DeviceLink} and {@link DriverRecovery}, unchanged: a
 *       READ whose driver died (EDEADSRCDST) waits for the label's new endpoint in DS and is
 *       sent again there (spec: Recovery!FSSend, Recovery!FSCheckDS, FailsWithEIO false);
 *   <li>{@link #character}: VFS's rule for a character device: a request whose driver died
 *       fails with EIO at once (it may have had its effect), and the next request waits for the
 *       new endpoint, found in DS by the same {@link DriverRecovery}.
 * </ul>
 *
 * <p>They live in MFS's package to use its package-private recovery classes as they are; they
 * are no part of MFS. Each writes what it holds (driver endpoint, request in flight) to its
 * {@link FileServerView} for the abstraction function.
 */
public final class RecoveryPaths {
  /** A request's block position: client * 1000 + index * 10 + payload. */
  private static final int BYTES = 8;

  private RecoveryPaths() {}

  /** The block path of {@code driver}, with MFS's {@code mutant}. */
  public static SystemProcess block(int driver, FileServerView view, MfsMutant mutant) {
    return sys -> {
      byte[] memory = new byte[64];
      int ds = Endpoint.of(SystemSlots.DS, 0);
      DriverRecovery recovery = new DriverRecovery(sys, ds, 0);
      int grant = sys.grant(driver, GrantAccess.READ_WRITE, memory, 0, memory.length);
      DeviceLink link = new DeviceLink(sys, driver, 0, memory, grant, recovery, mutant);
      view.driver(link::driver);
      view.waiting(recovery::waiting,
          () -> new int[][] {recovery.deferredPayloads(0), recovery.deferredPayloads(1)});
      recovery.learnLabel(driver); // RS published the labels before anyone else ran
      Message m = new Message();
      while (true) {
        if (!nextRequest(sys, recovery, ds, m)) {
          continue;
        }
        int client = m.source();
        view.inFlight(m.payload(0), m.payload(1));
        int position = m.payload(0) * 1000 + m.payload(1) * 10 + m.payload(2);
        java.util.Arrays.fill(memory, (byte) 0);
        m.clear();
        try {
          link.read(position, 0, BYTES); // spec: Recovery!FSSend
          m.setType(Errno.OK_VALUE).setPayload(0, word(memory, 0)).setPayload(1, word(memory, 4));
        } catch (FsError e) {
          m.setType(Errno.EIO.wireValue());
        }
        view.inFlight(0, 0);
        sys.send(client, m);
      }
    };
  }

  /** The character path of {@code driver}. */
  public static SystemProcess character(int driver, int writeType, FileServerView view) {
    return sys -> {
      int ds = Endpoint.of(SystemSlots.DS, 0);
      DriverRecovery recovery = new DriverRecovery(sys, ds, 0);
      boolean labelled = recovery.learnLabel(driver);
      view.waiting(recovery::waiting,
          () -> new int[][] {recovery.deferredPayloads(0), recovery.deferredPayloads(1)});
      int current = driver;
      int dead = Endpoint.NONE;
      Message m = new Message();
      while (true) {
        if (dead != Endpoint.NONE && labelled) {
          int next = recovery.awaitNewInstance(dead); // spec: Recovery!FSCheckDS
          if (next == Endpoint.NONE) {
            continue;
          }
          current = next;
          dead = Endpoint.NONE;
          view.driver(current);
        }
        if (!nextRequest(sys, recovery, ds, m)) {
          continue;
        }
        int client = m.source();
        view.inFlight(m.payload(0), m.payload(1));
        int position = m.payload(0) * 1000 + m.payload(1) * 10 + m.payload(2);
        m.clear();
        m.setType(writeType).setPayload(0, position);
        int status = sys.sendrec(current, m); // spec: Recovery!FSSend
        if (status == Errno.EDEADSRCDST.wireValue()) {
          m.clear();
          m.setType(Errno.EIO.wireValue()); // spec: Recovery!FsPeerDied, FailsWithEIO
          dead = current;
        } else if (status != Errno.OK_VALUE) {
          m.clear();
          m.setType(status);
        }
        view.inFlight(0, 0);
        sys.send(client, m);
      }
    };
  }

  /**
   * The next client request into {@code m}: one kept while the path waited for the driver, or
   * one received; false for a notification (DS's changes are taken, as MFS's loop does: DS
   * notifies again only once they are CHECKed) or a failed RECEIVE.
   */
  private static boolean nextRequest(SystemCalls sys, DriverRecovery recovery, int ds, Message m) {
    if (recovery.takeDeferred(m)) {
      return true;
    }
    if (sys.receive(Endpoint.ANY, m) != Errno.OK_VALUE) {
      return false;
    }
    if (m.isNotification()) {
      if (m.source() == ds) {
        recovery.takeChanges();
      }
      return false;
    }
    return true;
  }

  private static int word(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
        | (bytes[at + 3] & 0xFF) << 24;
  }
}
