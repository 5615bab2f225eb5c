package org.minix3j.servers.mfs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.BlockDevice;
import org.minix3j.abi.protocol.DsCalls;

/**
 * A scripted kernel for MFS alone: grants as a table, a block driver over a byte array, a DS that
 * knows (or does not know) the boot time and names the driver ("memory"), and an inbox of
 * requests for {@link #receive}. When the inbox is empty, receive throws {@link Stop}, which ends
 * the server's loop in a test, unless MFS waits for a driver (below).
 *
 * <p>Driver deaths: with {@link #transfersBeforeDeath} at n, the driver dies on the (n+1)-th READ
 * or WRITE it is sent, before it does anything (the SENDREC fails with EDEADSRCDST, as the kernel
 * ends it), and its successor {@link #successor} answers from then on. DS names the successor
 * {@link #restartAfterTicks} after the death (RS's back-off; 0: at once) and NOTIFYs MFS, its
 * subscriber; when negative, never, and the absolute alarm MFS set as the bound of its wait
 * rings instead (the uptime moves on to it). Until then DS may name {@link #diedAtOnce}, an
 * instance that is dead already.
 */
final class FakeKernel implements SystemCalls {
  static final int MFS = SystemSlots.MFS;
  static final int VFS = SystemSlots.VFS;
  static final int DS = SystemSlots.DS;
  static final int DRIVER = SystemSlots.MEMORY;
  static final String LABEL = "memory";

  /** Thrown by {@link #receive} when the script has run out. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @SuppressWarnings("ArrayRecordComponent") // the granted array itself, shared on purpose
  record Grant(int owner, int grantee, GrantAccess access, byte[] buffer, int offset, int length) {}

  byte[] disk;
  /** The block driver's endpoint now (a restart gives it a new one); the old one is dead. */
  int driverEndpoint = DRIVER;
  long bootTime = -1;
  long ticks;
  long alarm;
  int deviceWrites;
  boolean failWrites;
  /** The endpoint DS has for the driver's label. */
  int publishedDriver = DRIVER;
  int transfersBeforeDeath = -1;
  int successor = org.minix3j.abi.Endpoint.of(DRIVER, 1);
  long restartAfterTicks;
  /** An instance DS names at the death, dead already (0: none): RS's copy that died at once. */
  int diedAtOnce;
  int alarmsRung;
  int dsNotifications;
  int subscriptions;
  private long diedAt;
  private long boundAt = -1;
  private boolean labelChanged;
  int opens;
  /** FLUSH requests the driver got, and the device writes done before the last one. */
  int flushes;
  int writesBeforeFlush = -1;
  int driverTransfers;
  final ArrayDeque<Message> inbox = new ArrayDeque<>();
  final List<Message> sent = new ArrayList<>();
  private final Map<Integer, Grant> grants = new TreeMap<>();
  private int nextGrant = 1;

  FakeKernel(byte[] disk) {
    this.disk = disk;
  }

  /** A message as the kernel delivers it from {@code source}. */
  static Message from(int source, int type, int... payload) {
    Message message = Message.of(type, payload);
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    words[0] = source;
    message.copyFrom(words);
    return message;
  }

  /** A grant made by {@code owner} (VFS in the tests) to MFS. */
  int grantFrom(int owner, GrantAccess access, byte[] buffer) {
    int id = nextGrant++;
    grants.put(id, new Grant(owner, MFS, access, buffer, 0, buffer.length));
    return id;
  }

  int liveGrants(int owner) {
    int count = 0;
    for (Grant grant : grants.values()) {
      if (grant.owner() == owner) {
        count++;
      }
    }
    return count;
  }

  @Override
  public int endpoint() {
    return MFS;
  }

  @Override
  public int send(int destination, Message message) {
    Message copy = new Message();
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    copy.copyFrom(words);
    sent.add(copy);
    return 0;
  }

  @Override
  public int receive(int source, Message into) {
    Message next = inbox.poll();
    if (next == null && publishedDriver != driverEndpoint && restartAfterTicks >= 0) {
      ticks = Math.max(ticks, diedAt + restartAfterTicks);
      publishedDriver = driverEndpoint; // RS restarted it and published the new endpoint
      labelChanged = true;
      dsNotifications++;
      next = from(DS, Notification.TYPE, 0, 0);
    } else if (next == null && boundAt >= 0) {
      ticks = Math.max(ticks, boundAt);
      boundAt = -1;
      alarmsRung++;
      next = from(Notification.CLOCK, Notification.TYPE, 0, 0);
    }
    if (next == null) {
      throw new Stop();
    }
    int[] words = new int[Message.WORDS];
    next.copyTo(words);
    into.copyFrom(words);
    return 0;
  }

  @Override
  public int sendrec(int destination, Message message) {
    if (destination == driverEndpoint) {
      boolean transfer =
          message.type() == BlockDevice.READ || message.type() == BlockDevice.WRITE;
      int index = transfer ? driverTransfers++ : -1;
      if (transfer && transfersBeforeDeath >= 0 && index == transfersBeforeDeath) {
        transfersBeforeDeath = -1;
        driverEndpoint = successor; // it died holding the request
        diedAt = ticks;
        if (diedAtOnce != 0) {
          publishedDriver = diedAtOnce;
        }
        return Errno.EDEADSRCDST.wireValue();
      }
      message.setType(driver(message));
      return 0;
    }
    if (org.minix3j.abi.Endpoint.slot(destination) == org.minix3j.abi.Endpoint.slot(DRIVER)) {
      return Errno.EDEADSRCDST.wireValue();
    }
    if (destination == DS && message.type() == DsCalls.SUBSCRIBE) {
      subscriptions++;
      message.setType(0);
      return 0;
    }
    if (destination == DS && message.type() == DsCalls.CHECK) {
      message.setType(labelChanged ? LABEL.length() : Errno.ENOENT.wireValue());
      labelChanged = false;
      return 0;
    }
    if (destination == DS && message.type() == DsCalls.LABEL_OF) {
      return labelOf(message);
    }
    if (destination == DS && message.type() == DsCalls.RETRIEVE
        && message.payload(2) == DsCalls.KIND_LABEL) {
      Grant key = grants.get(message.payload(0));
      String name = key == null ? "" : new String(key.buffer(), key.offset(), message.payload(1),
          java.nio.charset.StandardCharsets.US_ASCII);
      message.setType(name.equals(LABEL) ? 0 : Errno.ESRCH.wireValue());
      message.setPayload(0, publishedDriver);
      return 0;
    }
    if (destination == DS && message.type() == DsCalls.RETRIEVE) {
      if (bootTime < 0) {
        message.setType(Errno.ESRCH.wireValue());
      } else {
        message.setType(0);
        message.setPayload(0, (int) bootTime);
      }
      return 0;
    }
    return Errno.ECALLDENIED.wireValue();
  }

  /** DS's LABEL_OF: the label of any instance of the driver's slot. */
  private int labelOf(Message message) {
    Grant into = grants.get(message.payload(1));
    if (org.minix3j.abi.Endpoint.slot(message.payload(0)) != org.minix3j.abi.Endpoint.slot(DRIVER)
        || into == null || into.length() < LABEL.length()) {
      message.setType(Errno.ESRCH.wireValue());
      return 0;
    }
    byte[] bytes = LABEL.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, into.buffer(), into.offset(), bytes.length);
    message.setType(bytes.length);
    return 0;
  }

  /** Grants MFS made to {@code grantee} and still holds. */
  int grantsTo(int grantee) {
    int count = 0;
    for (Grant grant : grants.values()) {
      if (grant.owner() == MFS && grant.grantee() == grantee) {
        count++;
      }
    }
    return count;
  }

  private int driver(Message m) {
    return switch (m.type()) {
      case BlockDevice.OPEN -> {
        opens++;
        yield 0;
      }
      case BlockDevice.CLOSE -> 0;
      case BlockDevice.FLUSH -> {
        flushes++;
        writesBeforeFlush = deviceWrites;
        yield 0;
      }
      case BlockDevice.GETSIZE -> {
        m.setPayload(0, disk.length);
        m.setPayload(1, 0);
        yield 0;
      }
      case BlockDevice.READ, BlockDevice.WRITE -> transfer(m);
      default -> Errno.ENOSYS.wireValue();
    };
  }

  private int transfer(Message m) {
    long position = (m.payload(1) & 0xffffffffL) | ((long) m.payload(2) << 32);
    Grant grant = grants.get(m.payload(3));
    int offset = m.payload(4);
    int count = m.payload(5);
    if (grant == null || grant.grantee() != driverEndpoint || offset < 0 || count < 0
        || offset + count > grant.length()) {
      return Errno.EFAULT.wireValue();
    }
    if (position < 0 || position > disk.length) {
      return Errno.EIO.wireValue();
    }
    int moved = (int) Math.min(count, disk.length - position);
    if (m.type() == BlockDevice.READ) {
      System.arraycopy(disk, (int) position, grant.buffer(), grant.offset() + offset, moved);
    } else {
      if (failWrites) {
        return Errno.EIO.wireValue();
      }
      deviceWrites++;
      System.arraycopy(grant.buffer(), grant.offset() + offset, disk, (int) position, moved);
    }
    return moved;
  }

  @Override
  public int notify(int destination) {
    return 0;
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    alarm = absolute ? ticks - this.ticks : ticks;
    boundAt = absolute ? ticks : -1; // only MFS's wait for a driver sets an absolute alarm
    return 0;
  }

  @Override
  public long uptime() {
    return ticks;
  }

  @Override
  public int ticksPerSecond() {
    return 100;
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    if (org.minix3j.abi.Endpoint.slot(grantee) == org.minix3j.abi.Endpoint.slot(DRIVER)
        && grantee != driverEndpoint) {
      return Errno.EDEADSRCDST.wireValue(); // the kernel grants only to a live process
    }
    int id = nextGrant++;
    grants.put(id, new Grant(MFS, grantee, access, buffer, offset, length));
    return id;
  }

  @Override
  public int revokeGrant(int grantId) {
    Grant grant = grants.get(grantId);
    if (grant == null || grant.owner() != MFS) {
      return Errno.EINVAL.wireValue();
    }
    grants.remove(grantId);
    return 0;
  }

  private Grant check(int granter, int grantId, int offset, int length, boolean write) {
    Grant grant = grants.get(grantId);
    if (grant == null || grant.owner() != granter || grant.grantee() != MFS || offset < 0
        || length < 0 || (long) offset + length > grant.length()
        || (write ? !grant.access().allowsWrite() : !grant.access().allowsRead())) {
      return new Grant(0, 0, GrantAccess.READ, new byte[0], 0, -1);
    }
    return grant;
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset,
      int length) {
    Grant grant = check(granter, grantId, offset, length, false);
    if (grant.length() < 0) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(grant.buffer(), grant.offset() + offset, into, intoOffset, length);
    return 0;
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset,
      int length) {
    Grant grant = check(granter, grantId, offset, length, true);
    if (grant.length() < 0) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(from, fromOffset, grant.buffer(), grant.offset() + offset, length);
    return 0;
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    Grant grant = check(granter, grantId, offset, length, true);
    if (grant.length() < 0) {
      return Errno.EFAULT.wireValue();
    }
    Arrays.fill(grant.buffer(), grant.offset() + offset, grant.offset() + offset + length,
        (byte) value);
    return 0;
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("MFS does not make this call");
  }

  @Override
  public long inPort(int port, int width) {
    throw unused();
  }

  @Override
  public int outPort(int port, int width, int value) {
    throw unused();
  }

  @Override
  public int irqctl(int line, boolean enable) {
    throw unused();
  }

  @Override
  public int getKernelSignals(Message into) {
    throw unused();
  }

  @Override
  public int endKernelSignals(int endpoint) {
    throw unused();
  }

  @Override
  public int exit(int endpoint) {
    throw unused();
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    throw unused();
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    throw unused();
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    throw unused();
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    throw unused();
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    throw unused();
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    throw unused();
  }

  @Override
  public ProcessTimes times(int target) {
    throw unused();
  }

  @Override
  public int kill(int target, int signal) {
    throw unused();
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    throw unused();
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    throw unused();
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    throw unused();
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    throw unused();
  }

  @Override
  public int shutdown(int status) {
    throw unused();
  }
}
