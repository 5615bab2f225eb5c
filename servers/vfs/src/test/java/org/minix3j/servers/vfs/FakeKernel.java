package org.minix3j.servers.vfs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;

/**
 * A scripted kernel for VFS's unit tests: user memories (a window of bytes per user endpoint),
 * VFS's grants (buffer and magic), SENDREC answered synchronously by peers (fake DS, file
 * server, VM, drivers), SENDs recorded as replies, kill and alarms recorded.
 */
final class FakeKernel implements SystemCalls {
  /** A peer answering a SENDREC: rewrites the message into its reply. */
  @FunctionalInterface
  interface Peer {
    void answer(Message message);
  }

  record Sent(int destination, Message message) {}

  static final int USER_BASE = 0x1000;
  static final int USER_SIZE = 1 << 20;

  private static final class Grant {
    final int grantee;
    final GrantAccess access;
    final byte @Nullable [] buffer;
    final int offset;
    final int length;
    final int target;
    boolean revoked;

    Grant(int grantee, GrantAccess access, byte @Nullable [] buffer, int offset, int length, int target) {
      this.grantee = grantee;
      this.access = access;
      this.buffer = buffer;
      this.offset = offset;
      this.length = length;
      this.target = target;
    }
  }

  private final TreeMap<Integer, byte[]> memories = new TreeMap<>();
  private final TreeMap<Integer, Peer> peers = new TreeMap<>();
  private final List<Grant> grants = new ArrayList<>();
  final List<Sent> sent = new ArrayList<>();
  final List<int[]> kills = new ArrayList<>();
  final List<Message> sendrecs = new ArrayList<>();
  long uptime;
  long alarm;

  void addUser(int endpoint) {
    memories.put(endpoint, new byte[USER_SIZE]);
  }

  void addPeer(int endpoint, Peer peer) {
    peers.put(endpoint, peer);
  }

  /** The peer at {@code endpoint} dies: SENDRECs to it fail with EDEADSRCDST. */
  void removePeer(int endpoint) {
    peers.remove(endpoint);
  }

  byte[] memory(int endpoint) {
    byte[] memory = memories.get(endpoint);
    if (memory == null) {
      throw new IllegalArgumentException("no user " + endpoint);
    }
    return memory;
  }

  int liveGrants() {
    int live = 0;
    for (Grant grant : grants) {
      live += grant.revoked ? 0 : 1;
    }
    return live;
  }

  /** A peer's SAFECOPYFROM of VFS's grant: the bytes, or null for a failed copy. */
  byte @Nullable [] readGrant(int id, int offset, int length) {
    byte[] into = new byte[length];
    return copy(id, offset, into, 0, length, false) < 0 ? null : into;
  }

  /** A peer's SAFECOPYTO into VFS's grant. */
  int writeGrant(int id, int offset, byte[] data, int length) {
    return copy(id, offset, data, 0, length, true);
  }

  int granteeOf(int id) {
    return id >= 0 && id < grants.size() ? grants.get(id).grantee : -1;
  }

  int grantLength(int id) {
    return id >= 0 && id < grants.size() ? grants.get(id).length : -1;
  }

  @Override
  public int endpoint() {
    return SystemSlots.VFS;
  }

  @Override
  public int send(int destination, Message message) {
    Message copy = new Message();
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    copy.copyFrom(words);
    sent.add(new Sent(destination, copy));
    return 0;
  }

  @Override
  public int receive(int source, Message into) {
    throw new UnsupportedOperationException("tests drive the call table directly");
  }

  @Override
  public int sendrec(int destination, Message message) {
    Peer peer = peers.get(destination);
    if (peer == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    Message request = new Message();
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    request.copyFrom(words);
    sendrecs.add(request);
    peer.answer(message);
    return 0;
  }

  @Override
  public int notify(int destination) {
    return 0;
  }

  @Override
  public long inPort(int port, int width) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int outPort(int port, int width, int value) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int irqctl(int line, boolean enable) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    alarm = ticks;
    return 0;
  }

  @Override
  public long uptime() {
    return uptime;
  }

  @Override
  public int ticksPerSecond() {
    return 100;
  }

  @Override
  public int getKernelSignals(Message into) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int endKernelSignals(int endpoint) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int exit(int endpoint) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      return Errno.EFAULT.wireValue();
    }
    grants.add(new Grant(grantee, access, buffer, offset, length, -1));
    return grants.size() - 1;
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    if (!memories.containsKey(target)) {
      return Errno.EDEADSRCDST.wireValue();
    }
    if (length < 0) {
      return Errno.EINVAL.wireValue();
    }
    grants.add(new Grant(grantee, access, null, address, length, target));
    return grants.size() - 1;
  }

  @Override
  public int revokeGrant(int grantId) {
    if (grantId < 0 || grantId >= grants.size() || grants.get(grantId).revoked) {
      throw new AssertionError("revoking a grant that is not live: " + grantId);
    }
    grants.get(grantId).revoked = true;
    return 0;
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset, int length) {
    return copy(grantId, offset, into, intoOffset, length, false);
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset, int length) {
    return copy(grantId, offset, from, fromOffset, length, true);
  }

  private int copy(int id, int offset, byte[] local, int localOffset, int length, boolean toGrant) {
    if (id < 0 || id >= grants.size()) {
      return Errno.ENXIO.wireValue();
    }
    Grant grant = grants.get(id);
    if (grant.revoked) {
      return Errno.ENOENT.wireValue();
    }
    if (toGrant ? !grant.access.allowsWrite() : !grant.access.allowsRead()) {
      return Errno.EACCES.wireValue();
    }
    if (offset < 0 || length < 0 || (long) offset + length > grant.length) {
      return Errno.ERANGE.wireValue();
    }
    byte[] buffer = grant.buffer;
    int start;
    if (buffer == null) {
      buffer = memory(grant.target);
      long address = (grant.offset & 0xffffffffL) + offset;
      if (address < USER_BASE || address + length > USER_BASE + (long) USER_SIZE) {
        return Errno.EFAULT.wireValue();
      }
      start = (int) (address - USER_BASE);
    } else {
      start = grant.offset + offset;
    }
    if (toGrant) {
      System.arraycopy(local, localOffset, buffer, start, length);
    } else {
      System.arraycopy(buffer, start, local, localOffset, length);
    }
    return 0;
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public ProcessTimes times(int target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int kill(int target, int signal) {
    kills.add(new int[] {target, signal});
    return 0;
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int shutdown(int status) {
    return Errno.ECALLDENIED.wireValue();
  }
}
