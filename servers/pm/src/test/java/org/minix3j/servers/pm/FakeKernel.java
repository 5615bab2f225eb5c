package org.minix3j.servers.pm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.GrantAccess;
import org.minix3j.abi.KernelSignal;
import org.minix3j.abi.Message;
import org.minix3j.abi.PortRequest;
import org.minix3j.abi.ProcessInfo;
import org.minix3j.abi.ProcessTimes;
import org.minix3j.abi.ServicePrivilege;
import org.minix3j.abi.SignalFrame;
import org.minix3j.abi.SystemCalls;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;

/**
 * A scripted kernel and peers for PM's tests: records every send, request and kernel call in
 * one event log, answers VM, VFS, DS and the terminal driver as scripted, and models the one
 * fact signal delivery depends on: whether a process is blocked in IPC (then SYS_SIGSEND says
 * EBUSY) and whether VFS's UNPAUSE frees it.
 */
final class FakeKernel implements SystemCalls {
  /** A scripted peer: turns the request into its answer in place. */
  @FunctionalInterface
  interface Peer {
    void answer(Message message);
  }

  /** One thing PM did, for order checks: {@code kind} is send, request, sigsend, kill, ... */
  record Event(String kind, int target, int type, List<Integer> words) {
    int word(int index) {
      return words.get(index);
    }
  }

  final List<Event> events = new ArrayList<>();
  final TreeMap<Integer, Peer> peers = new TreeMap<>();
  final Set<Integer> blockedInIpc = new LinkedHashSet<>();
  final Set<Integer> suspendedInVfs = new LinkedHashSet<>();
  final ArrayDeque<int[]> kernelSignals = new ArrayDeque<>();
  final ArrayDeque<int[]> terminalSignals = new ArrayDeque<>();
  final List<SignalFrame.Delivery> deliveries = new ArrayList<>();
  final int[] cmos = new int[128];
  final int[] generations = new int[SystemSlots.TABLE_SIZE];
  final List<byte[]> published = new ArrayList<>();
  long uptime = 600;
  long alarm;
  long sigreturnMask;
  int execResult;
  boolean execRefused;
  int sigsendResult = Errno.OK_VALUE;
  boolean rtcWorks = true;
  private int cmosIndex;
  private final List<byte[]> grants = new ArrayList<>();

  FakeKernel() {
    cmos[0x0A] = 0x26;
    cmos[0x0B] = 0x02;
    peers.put(SystemSlots.VM, message -> {
      int type = message.type();
      message.clear();
      if (type == VmCalls.FORK) {
        message.setPayload(0, 0x10_0000);
      }
    });
    peers.put(SystemSlots.VFS, message -> {
      int type = message.type();
      int target = message.payload(0);
      message.clear();
      if (type == PmToVfs.UNPAUSE && suspendedInVfs.remove(target)) {
        blockedInIpc.remove(target);
      }
      if (type == PmToVfs.EXEC) {
        message.setType(execResult);
        message.setPayload(0, 0x20_0000).setPayload(1, 0x400000).setPayload(2, 0xBFFFF000);
        message.setPayload(3, -1).setPayload(4, -1).setPayload(5, 's' | 'h' << 8);
      }
    });
    peers.put(SystemSlots.DS, message -> {
      byte[] key = grants.get(message.payload(0));
      published.add(key.clone());
      message.clear();
    });
    peers.put(SystemSlots.TTY, message -> {
      message.clear();
      int[] next = terminalSignals.poll();
      if (next != null) {
        message.setType(next[0]).setPayload(0, next[1]);
      }
    });
  }

  /** The events of one kind, in order. */
  List<Event> of(String kind) {
    return events.stream().filter(event -> event.kind().equals(kind)).toList();
  }

  /** The requests PM made to {@code destination}, as message types in order. */
  List<Integer> requestTypes(int destination) {
    return events.stream()
        .filter(event -> event.kind().equals("request") && event.target() == destination)
        .map(Event::type)
        .toList();
  }

  void raiseKernelSignal(int endpoint, int signal) {
    kernelSignals.add(new int[] {endpoint, KernelSignal.bit(signal)});
  }

  private void log(String kind, int target, Message message) {
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      words.add(message.payload(i));
    }
    events.add(new Event(kind, target, message.type(), List.copyOf(words)));
  }

  private void log(String kind, int target, int value) {
    events.add(new Event(kind, target, value, java.util.Collections.nCopies(14, 0)));
  }

  @Override
  public int endpoint() {
    return SystemSlots.PM;
  }

  @Override
  public int send(int destination, Message message) {
    log("send", destination, message);
    if (Endpoint.isProcess(destination)) {
      blockedInIpc.remove(destination);
    }
    return Errno.OK_VALUE;
  }

  @Override
  public int receive(int source, Message into) {
    throw new IllegalStateException("the tests feed PmServer.handle directly");
  }

  @Override
  public int sendrec(int destination, Message message) {
    log("request", destination, message);
    @Nullable Peer peer = peers.get(destination);
    if (peer == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    peer.answer(message);
    return Errno.OK_VALUE;
  }

  @Override
  public int notify(int destination) {
    log("notify", destination, 0);
    return Errno.OK_VALUE;
  }

  @Override
  public long inPort(int port, int width) {
    if (!rtcWorks) {
      return Errno.ECALLDENIED.wireValue();
    }
    return port == 0x71 ? cmos[cmosIndex] : 0xFF;
  }

  @Override
  public int outPort(int port, int width, int value) {
    if (!rtcWorks) {
      return Errno.ECALLDENIED.wireValue();
    }
    if (port == 0x70) {
      cmosIndex = value & 0x7F;
    }
    return Errno.OK_VALUE;
  }

  @Override
  public int irqctl(int line, boolean enable) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public long setAlarm(long ticks, boolean absolute) {
    log("alarm", 0, (int) ticks);
    alarm = ticks;
    return 0;
  }

  @Override
  public long uptime() {
    return uptime;
  }

  @Override
  public int ticksPerSecond() {
    return 60;
  }

  @Override
  public int getKernelSignals(Message into) {
    into.clear();
    int[] next = kernelSignals.poll();
    into.setPayload(0, next == null ? Endpoint.NONE : next[0]);
    into.setPayload(1, next == null ? 0 : next[1]);
    return Errno.OK_VALUE;
  }

  @Override
  public int endKernelSignals(int endpoint) {
    log("endksig", endpoint, 0);
    return Errno.OK_VALUE;
  }

  @Override
  public int exit(int endpoint) {
    log("exit", endpoint, 0);
    blockedInIpc.remove(endpoint);
    return Errno.OK_VALUE;
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
    grants.add(java.util.Arrays.copyOfRange(buffer, offset, offset + length));
    return grants.size() - 1;
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int revokeGrant(int grantId) {
    return Errno.OK_VALUE;
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset,
      int length) {
    return Errno.EPERM.wireValue();
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset,
      int length) {
    return Errno.EPERM.wireValue();
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    return Errno.EPERM.wireValue();
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    into.add(new ProcessInfo(SystemSlots.VFS, "vfs", false, "receiving", Endpoint.ANY, 2, 0, 7));
    return 1;
  }

  @Override
  public ProcessTimes times(int target) {
    return new ProcessTimes(0, 6, 3, uptime);
  }

  @Override
  public int kill(int target, int signal) {
    log("kill", target, signal);
    return Errno.OK_VALUE;
  }

  @Override
  public int fork(int parent, int childSlot, int pageDirectory, Message childReply) {
    log("fork", parent, childSlot);
    generations[childSlot]++;
    return Endpoint.of(childSlot, generations[childSlot]);
  }

  @Override
  public int exec(int target, int pageDirectory, int entry, int stack) {
    log("exec", target, entry);
    return execRefused ? Errno.EBUSY.wireValue() : Errno.OK_VALUE;
  }

  @Override
  public int sigsend(int target, SignalFrame.Delivery delivery) {
    if (blockedInIpc.contains(target)) {
      log("sigsend-busy", target, delivery.signal());
      return Errno.EBUSY.wireValue();
    }
    log("sigsend", target, delivery.signal());
    if (sigsendResult == Errno.OK_VALUE) {
      deliveries.add(delivery);
    }
    return sigsendResult;
  }

  @Override
  public long sigreturn(int target, int contextAddress) {
    log("sigreturn", target, contextAddress);
    return sigreturnMask;
  }

  @Override
  public int shutdown(int status) {
    log("shutdown", 0, status);
    return Errno.OK_VALUE;
  }
}
