package org.minix3j.abi.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A scripted stand-in for the kernel, for the unit tests of servers and drivers (their fake IPC
 * layer, without the machine): receives come from a queue the test fills (the run ends
 * with {@link Stop} when it is empty), sends and notifies are recorded, SENDRECs are answered
 * by a responder, grants are kept per (granter, id), ports go to a {@link Ports} handler and
 * physical memory is one array.
 */
public final class FakeSystemCalls implements SystemCalls {
  /** Thrown by a receive with nothing scripted: ends the process's loop in a test. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stop() {
      super("no more scripted messages");
    }
  }

  /** A message sent (SEND, or the request of a SENDREC), as it was at the call. */
  public record Sent(int destination, Message message, boolean sendrec) {}

  /** Answers a SENDREC: fills {@code message} with the reply. */
  public interface Responder {
    void answer(int destination, Message message);
  }

  /** The I/O ports behind SYS_DEVIO. */
  public interface Ports {
    long in(int port, int width);

    void out(int port, int width, int value);
  }

  /** A step run before a receive takes the next scripted message (e.g. a device changes). */
  public interface Step {
    void run();
  }

  /** A grant: a range of a buffer and the access. */
  public static final class Grant {
    private final byte[] buffer;
    private final int offset;
    private final int length;
    private final GrantAccess access;

    public Grant(byte[] buffer, int offset, int length, GrantAccess access) {
      this.buffer = buffer;
      this.offset = offset;
      this.length = length;
      this.access = access;
    }

    public byte[] buffer() {
      return buffer;
    }

    public int offset() {
      return offset;
    }

    public int length() {
      return length;
    }

    public GrantAccess access() {
      return access;
    }

    /** The granted bytes, copied. */
    public byte[] bytes() {
      return java.util.Arrays.copyOfRange(buffer, offset, offset + length);
    }
  }

  private final int self;
  private final ArrayDeque<Object> inbox = new ArrayDeque<>();
  public final List<Sent> sent = new ArrayList<>();
  public final List<Integer> notified = new ArrayList<>();
  public final List<String> log = new ArrayList<>();
  public final Map<Long, Grant> grants = new LinkedHashMap<>();
  public final Map<Integer, ServicePrivilege> privileges = new LinkedHashMap<>();
  public final List<Integer> privctlOrder = new ArrayList<>();
  private final int[] nextGrant = new int[1];
  public @Nullable Responder responder;
  public @Nullable Ports ports;
  public byte[] physical = new byte[0];
  public long physicalBase;
  public long alarm = -1;
  /** What SYS_SPAWN answers instead of an endpoint, when not 0. */
  public int spawnError;
  /** The death records SYS_GETINFO gives, by dead endpoint (none: ESRCH). */
  public final Map<Integer, String> deathRecords = new LinkedHashMap<>();
  private final Map<Integer, Integer> generations = new LinkedHashMap<>();
  public long ticks;

  public FakeSystemCalls(int self) {
    this.self = self;
  }

  /** A message from {@code source} as the kernel would deliver it. */
  public static Message from(int source, int type, int... payload) {
    int[] words = new int[Message.WORDS];
    words[0] = source;
    words[1] = type;
    System.arraycopy(payload, 0, words, 2, payload.length);
    Message message = new Message();
    message.copyFrom(words);
    return message;
  }

  public static Message copy(Message message) {
    int[] words = new int[Message.WORDS];
    message.copyTo(words);
    Message copy = new Message();
    copy.copyFrom(words);
    return copy;
  }

  public FakeSystemCalls deliver(Message message) {
    inbox.add(message);
    return this;
  }

  public FakeSystemCalls then(Step step) {
    inbox.add(step);
    return this;
  }

  /** A grant made by a peer to this process; returns its id. */
  public int peerGrant(int granter, GrantAccess access, byte[] buffer) {
    int id = nextGrant[0]++;
    grants.put(key(granter, id), new Grant(buffer, 0, buffer.length, access));
    return id;
  }

  /** The bytes of grant {@code id} made by {@code granter}. */
  public Grant grant(int granter, int id) {
    Grant grant = grants.get(key(granter, id));
    if (grant == null) {
      throw new AssertionError("no grant " + id + " of " + granter);
    }
    return grant;
  }

  /** The messages sent to {@code destination}. */
  public List<Message> sentTo(int destination) {
    List<Message> out = new ArrayList<>();
    for (Sent s : sent) {
      if (s.destination() == destination) {
        out.add(s.message());
      }
    }
    return out;
  }

  public Message lastSent() {
    if (sent.isEmpty()) {
      throw new AssertionError("nothing sent");
    }
    return sent.get(sent.size() - 1).message();
  }

  /** Runs {@code body} until the script runs out. */
  public void run(org.minix3j.abi.SystemProcess body) throws Exception {
    try {
      body.run(this);
    } catch (Stop expected) {
      // the script ran out
    }
  }

  private static long key(int granter, int id) {
    return ((long) granter << 32) | (id & 0xFFFFFFFFL);
  }

  @Override
  public int endpoint() {
    return self;
  }

  @Override
  public int send(int destination, Message message) {
    sent.add(new Sent(destination, copy(message), false));
    return Errno.OK_VALUE;
  }

  /**
   * RECEIVE as the kernel does it: from ANY, the next scripted item; from one source, the first
   * scripted message from that source; messages from others stay queued for later receives, and
   * so do the steps scripted after them (steps ahead of every other message run first).
   */
  @Override
  public int receive(int source, Message into) {
    while (true) {
      Object next = take(source);
      if (next == null) {
        throw new Stop();
      }
      if (next instanceof Step step) {
        step.run();
        continue;
      }
      int[] words = new int[Message.WORDS];
      ((Message) next).copyTo(words);
      into.copyFrom(words);
      return Errno.OK_VALUE;
    }
  }

  private @Nullable Object take(int source) {
    if (source == org.minix3j.abi.Endpoint.ANY) {
      return inbox.poll();
    }
    boolean passedOne = false;
    for (java.util.Iterator<Object> items = inbox.iterator(); items.hasNext(); ) {
      Object item = items.next();
      if (item instanceof Step ? !passedOne : ((Message) item).source() == source) {
        items.remove();
        return item;
      }
      passedOne |= item instanceof Message;
    }
    return null;
  }

  @Override
  public int sendrec(int destination, Message message) {
    sent.add(new Sent(destination, copy(message), true));
    Responder answer = responder;
    if (answer == null) {
      return Errno.EDEADSRCDST.wireValue();
    }
    answer.answer(destination, message);
    return Errno.OK_VALUE;
  }

  @Override
  public int notify(int destination) {
    notified.add(destination);
    return Errno.OK_VALUE;
  }

  @Override
  public long inPort(int port, int width) {
    Ports handler = ports;
    return handler == null ? Errno.EPERM.wireValue() : handler.in(port, width);
  }

  @Override
  public int outPort(int port, int width, int value) {
    Ports handler = ports;
    if (handler == null) {
      return Errno.EPERM.wireValue();
    }
    handler.out(port, width, value);
    return Errno.OK_VALUE;
  }

  @Override
  public int irqctl(int line, boolean enable) {
    log.add("irqctl " + line + " " + enable);
    return Errno.OK_VALUE;
  }

  @Override
  public long setAlarm(long ticksFromNow, boolean absolute) {
    log.add("alarm " + ticksFromNow + (absolute ? " absolute" : ""));
    long left = Math.max(alarm, 0);
    alarm = ticksFromNow;
    return left;
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
  public int getKernelSignals(Message into) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int endKernelSignals(int target) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int exit(int target) {
    log.add("exit " + target);
    return Errno.OK_VALUE;
  }

  @Override
  public int vdevio(List<PortRequest> requests, long[] values) {
    Ports handler = ports;
    if (handler == null) {
      return Errno.EPERM.wireValue();
    }
    for (int i = 0; i < requests.size(); i++) {
      PortRequest request = requests.get(i);
      if (request.write()) {
        handler.out(request.port(), request.width(), request.value());
      } else {
        values[i] = handler.in(request.port(), request.width());
      }
    }
    return Errno.OK_VALUE;
  }

  @Override
  public int physRead(long address, byte[] into, int offset, int length) {
    long start = address - physicalBase;
    if (start < 0 || start + length > physical.length) {
      return Errno.EPERM.wireValue();
    }
    System.arraycopy(physical, (int) start, into, offset, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int physWrite(long address, byte[] from, int offset, int length) {
    long start = address - physicalBase;
    if (start < 0 || start + length > physical.length) {
      return Errno.EPERM.wireValue();
    }
    System.arraycopy(from, offset, physical, (int) start, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int privctl(int target, ServicePrivilege request) {
    privileges.put(target, request);
    privctlOrder.add(target);
    return Errno.OK_VALUE;
  }

  @Override
  public int grant(int grantee, GrantAccess access, byte[] buffer, int offset, int length) {
    int id = nextGrant[0]++;
    grants.put(key(self, id), new Grant(buffer, offset, length, access));
    return id;
  }

  @Override
  public int grantMagic(int grantee, GrantAccess access, int target, int address, int length) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public int revokeGrant(int grantId) {
    return grants.remove(key(self, grantId)) == null ? Errno.EINVAL.wireValue() : Errno.OK_VALUE;
  }

  @Override
  public int safecopyFrom(int granter, int grantId, int offset, byte[] into, int intoOffset, int length) {
    Grant grant = grants.get(key(granter, grantId));
    if (grant == null || !grant.access().allowsRead()) {
      return Errno.EPERM.wireValue();
    }
    if (offset < 0 || length < 0 || (long) offset + length > grant.length()) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(grant.buffer(), grant.offset() + offset, into, intoOffset, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int safecopyTo(int granter, int grantId, int offset, byte[] from, int fromOffset, int length) {
    Grant grant = grants.get(key(granter, grantId));
    if (grant == null || !grant.access().allowsWrite()) {
      return Errno.EPERM.wireValue();
    }
    if (offset < 0 || length < 0 || (long) offset + length > grant.length()) {
      return Errno.EFAULT.wireValue();
    }
    System.arraycopy(from, fromOffset, grant.buffer(), grant.offset() + offset, length);
    return Errno.OK_VALUE;
  }

  @Override
  public int memset(int granter, int grantId, int offset, int value, int length) {
    Grant grant = grants.get(key(granter, grantId));
    if (grant == null || !grant.access().allowsWrite()) {
      return Errno.EPERM.wireValue();
    }
    if (offset < 0 || length < 0 || (long) offset + length > grant.length()) {
      return Errno.EFAULT.wireValue();
    }
    java.util.Arrays.fill(grant.buffer(), grant.offset() + offset, grant.offset() + offset + length, (byte) value);
    return Errno.OK_VALUE;
  }

  @Override
  public int processTable(List<ProcessInfo> into) {
    return Errno.ECALLDENIED.wireValue();
  }

  @Override
  public ProcessTimes times(int target) {
    return ProcessTimes.error(Errno.ECALLDENIED.wireValue());
  }

  @Override
  public int kill(int target, int signal) {
    log.add("kill " + target + " " + signal);
    return Errno.OK_VALUE;
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

  /** SYS_SPAWN: the slot's next generation, unless {@link #spawnError} is set (then that). */
  @Override
  public int spawn(int slot) {
    log.add("spawn " + slot);
    if (spawnError != 0) {
      return spawnError;
    }
    int generation = generations.getOrDefault(slot, 0) + 1;
    generations.put(slot, generation);
    return org.minix3j.abi.Endpoint.of(slot, generation);
  }

  /** SYS_SPAWN with a program: as {@link #spawn(int)}, logged as "spawn SLOT program P". */
  @Override
  public int spawn(int slot, int programSlot) {
    if (programSlot == slot) {
      return spawn(slot);
    }
    log.add("spawn " + slot + " program " + programSlot);
    if (spawnError != 0) {
      return spawnError;
    }
    int generation = generations.getOrDefault(slot, 0) + 1;
    generations.put(slot, generation);
    return org.minix3j.abi.Endpoint.of(slot, generation);
  }

  /** The record of {@link #deathRecords} for {@code endpoint}, cut to {@code into}'s length. */
  @Override
  public int deathRecord(int endpoint, byte[] into) {
    log.add("deathRecord " + endpoint);
    String record = deathRecords.get(endpoint);
    if (record == null) {
      return Errno.ESRCH.wireValue();
    }
    byte[] bytes = record.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int length = Math.min(bytes.length, into.length);
    System.arraycopy(bytes, 0, into, 0, length);
    return length;
  }

  @Override
  public int diagnostic(String line) {
    log.add("diagnostic " + line);
    return Errno.OK_VALUE;
  }

  @Override
  public int shutdown(int status) {
    return Errno.ECALLDENIED.wireValue();
  }
}
