package org.minix3j.servers.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;

/**
 * A stand-in kernel for VM: physical memory is a byte array over VM's pool (copies outside it
 * fail as the kernel's memory-range check would), grants are byte arrays by id, and receive
 * takes scripted messages (ending the run with {@link ScriptEnd} when none are left).
 */
final class FakeKernel implements SystemCalls {
  /** Thrown by {@link #receive} when the script is exhausted. */
  static final class ScriptEnd extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private record Scripted(int source, Message message) {}

  private static final class Grant {
    final int granter;
    final byte[] bytes;

    Grant(int granter, byte[] bytes) {
      this.granter = granter;
      this.bytes = bytes;
    }
  }

  final long base;
  final byte[] physical;
  private final Map<Integer, Grant> grants = new TreeMap<>();
  private final Deque<Scripted> script = new ArrayDeque<>();
  final List<Message> sent = new ArrayList<>();
  final List<Integer> sentTo = new ArrayList<>();
  private int nextGrant = 1;
  int physWrites;
  /** physWrite fails (EFAULT) once this many more have succeeded; negative: never. */
  int failWritesAfter = -1;

  FakeKernel(long base, int length) {
    this.base = base;
    this.physical = new byte[length];
  }

  /** A read grant by {@code granter} over {@code bytes}; returns its id. */
  int grant(int granter, byte[] bytes) {
    int id = nextGrant++;
    grants.put(id, new Grant(granter, bytes.clone()));
    return id;
  }

  void script(int source, Message message) {
    script.add(new Scripted(source, message));
  }

  int word(long address) {
    int at = index(address, 4);
    return (physical[at] & 0xFF) | ((physical[at + 1] & 0xFF) << 8)
        | ((physical[at + 2] & 0xFF) << 16) | ((physical[at + 3] & 0xFF) << 24);
  }

  private int index(long address, int length) {
    if (address < base || address + length > base + physical.length) {
      throw new AssertionError("outside the pool: 0x" + Long.toHexString(address));
    }
    return (int) (address - base);
  }

  private boolean inPool(long address, int length) {
    return length >= 0 && address >= base && address + length <= base + physical.length;
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    if (!inPool(address, length)) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(physical, (int) (address - base), into, offset, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    if (!inPool(address, length)) {
      return Errno.EFAULT.wireValue();
    }
    if (failWritesAfter == 0) {
      return Errno.EFAULT.wireValue();
    }
    if (failWritesAfter > 0) {
      failWritesAfter--;
    }
    physWrites++;
    System.arraycopy(from, offset, physical, (int) (address - base), length);
    return Errno.OK_VALUE;
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset,
      int length) {
    Grant grant = grants.get(grantId);
    if (grant == null || grant.granter != granter) {
      return Errno.EPERM.wireValue();
    }
    if (offset < 0 || length < 0 || (long) offset + length > grant.bytes.length
        || intoOffset < 0 || (long) intoOffset + length > into.length) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(grant.bytes, offset, into, intoOffset, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int endpoint() {
    return org.minix3j.abi.SystemSlots.VM;
  }

  @Override
  public int receive(int source, Message into) {
    Scripted next = script.poll();
    if (next == null) {
      throw new ScriptEnd();
    }
    int[] words = new int[Message.WORDS];
    next.message().copyTo(words);
    words[0] = next.source();
    into.copyFrom(words);
    return Errno.OK_VALUE;
  }

  @Override
  public int send(int destination, Message message) {
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    Message copy = new Message();
    copy.copyFrom(words);
    sent.add(copy);
    sentTo.add(destination);
    return Errno.OK_VALUE;
  }

  @Override
  public int sendrec(int destination, Message message) {
    throw new UnsupportedOperationException("VM sends no requests");
  }

  @Override
  public int notify(int destination) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long inPort(int port, int width) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int outPort(int port, int width, int value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int irqctl(int line, boolean enable) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long uptime() {
    return 0;
  }

  @Override
  public int ticksPerSecond() {
    return 100;
  }

  @Override
  public int getKernelSignals(Message into) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int endKernelSignals(int endpoint) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int exit(int endpoint) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int revokeGrant(int grantId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset,
      int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ProcessTimes times(int target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int kill(int target, int signal) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int shutdown(int status) {
    throw new UnsupportedOperationException();
  }
}
