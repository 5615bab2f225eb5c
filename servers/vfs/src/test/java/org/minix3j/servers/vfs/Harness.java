package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Endpoint;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.Notification;
import org.minix3j.abi.SystemSlots;
import org.minix3j.abi.posix.Devices;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.CharDevice;
import org.minix3j.abi.protocol.DsCalls;
import org.minix3j.abi.protocol.PmToVfs;
import org.minix3j.abi.protocol.VmCalls;

/**
 * VFS started against the fakes: DS naming "mfs" and the drivers, the in-memory file server, a
 * VM that accepts every exec, a terminal driver whose reads wait for typed input, and the
 * memory driver's /dev/null. Users call VFS as their SENDREC would; {@link #NO_REPLY} means
 * the call was deferred.
 */
final class Harness {
  static final int NO_REPLY = Integer.MIN_VALUE;
  static final int INIT = SystemSlots.INIT;
  static final int TTY = SystemSlots.TTY;
  static final int MEMORY = SystemSlots.MEMORY;

  final FakeKernel kernel = new FakeKernel();
  final FakeFileServer fs = new FakeFileServer(kernel);
  final Terminal tty = new Terminal(kernel);
  final Context ctx;
  final CallTable calls;
  final List<Message> execs = new ArrayList<>();
  /** DS's labels (RETRIEVE and CHECK answer from here). */
  final TreeMap<String, Integer> dsValues = new TreeMap<>();
  /** Keys changed that VFS has not yet fetched with CHECK. */
  final ArrayDeque<String> dsChanges = new ArrayDeque<>();
  private final int[] heap = new int[SystemSlots.TABLE_SIZE];
  @Nullable Message lastReply;

  Harness() {
    FakeKernel k = kernel;
    List<Message> execLog = execs;
    ArrayDeque<String> changes = dsChanges;
    TreeMap<String, Integer> values = dsValues;
    values.put("mfs", SystemSlots.MFS);
    values.put("driver.major.1", MEMORY);
    values.put("driver.major.4", TTY);
    kernel.addPeer(SystemSlots.DS, m -> ds(k, changes, values, m));
    kernel.addPeer(SystemSlots.MFS, fs);
    kernel.addPeer(SystemSlots.VM, m -> vm(k, execLog, m));
    kernel.addPeer(TTY, tty);
    kernel.addPeer(MEMORY, Harness::memoryDriver);
    fs.make("/dev", FileFlags.S_IFDIR | 0755);
    fs.make("/dev/console", FileFlags.S_IFCHR | 0666).rdev = Devices.device(Devices.TTY_MAJOR, 0);
    fs.make("/dev/tty", FileFlags.S_IFCHR | 0666).rdev =
        Devices.device(Devices.TTY_MAJOR, Devices.CONTROLLING_TTY_MINOR);
    fs.make("/dev/null", FileFlags.S_IFCHR | 0666).rdev =
        Devices.device(Devices.MEMORY_MAJOR, Devices.NULL_MINOR);
    fs.make("/bin", FileFlags.S_IFDIR | 0755);
    FakeFileServer.Node program = fs.make("/bin/prog", FileFlags.S_IFREG | 0755);
    program.data = new byte[] {0x7f, 'E', 'L', 'F', 1, 2, 3};
    fs.make("/tmp", FileFlags.S_IFDIR | 0777);
    ctx = new Context(kernel, new VfsConfig(Devices.device(Devices.MEMORY_MAJOR, Devices.RAMDISK_MINOR), "mfs"));
    calls = VirtualFileSystem.start(ctx);
    kernel.addUser(INIT);
    pm(PmToVfs.INIT_PROCESS, INIT, 1);
  }

  private static void ds(FakeKernel kernel, ArrayDeque<String> changes,
      Map<String, Integer> values, Message m) {
    int type = m.type();
    int result = Errno.ENOENT.wireValue();
    int value = 0;
    if (type == DsCalls.RETRIEVE) {
      byte[] key = kernel.readGrant(m.payload(0), 0, m.payload(1));
      String name = key == null ? "" : new String(key, StandardCharsets.ISO_8859_1);
      result = 0;
      Integer known = values.get(name);
      if (known == null) {
        result = Errno.ESRCH.wireValue();
      } else {
        value = known;
      }
    } else if (type == DsCalls.SUBSCRIBE) {
      result = 0;
      changes.add("driver.major.1");
      changes.add("driver.major.4");
    } else if (type == DsCalls.CHECK && !changes.isEmpty()) {
      String key = changes.removeFirst();
      byte[] bytes = key.getBytes(StandardCharsets.ISO_8859_1);
      kernel.writeGrant(m.payload(0), 0, bytes, bytes.length);
      Integer published = values.get(key);
      m.clear();
      m.setType(bytes.length).setPayload(0, DsCalls.KIND_LABEL)
          .setPayload(1, published == null ? Endpoint.NONE : published);
      return;
    }
    m.clear();
    m.setType(result).setPayload(0, value);
  }

  private static void vm(FakeKernel kernel, List<Message> execs, Message m) {
    Message copy = new Message();
    int[] words = new int[Message.WORDS];
    m.copyTo(words);
    copy.copyFrom(words);
    execs.add(copy);
    byte[] image = kernel.readGrant(m.payload(1), 0, m.payload(2));
    byte[] frame = kernel.readGrant(m.payload(3), 0, m.payload(4));
    boolean ok = m.type() == VmCalls.EXEC_NEWMEM && image != null && frame != null && image[0] == 0x7f;
    m.clear();
    if (ok) {
      m.setType(0).setPayload(0, 0x5000).setPayload(1, 0x08048000).setPayload(2, 0xbffff000);
    } else {
      m.setType(Errno.ENOEXEC.wireValue());
    }
  }

  private static void memoryDriver(Message m) {
    int type = m.type();
    int id = m.payload(1);
    int count = m.payload(3);
    int status = switch (type) {
      case CharDevice.READ -> 0;
      case CharDevice.WRITE -> count;
      case CharDevice.SELECT -> m.payload(2);
      case CharDevice.IOCTL -> Errno.ENOTTY.wireValue();
      default -> 0;
    };
    m.clear();
    m.setType(CharDevice.REPLY).setPayload(0, id).setPayload(1, status);
  }

  /** The terminal driver: reads wait for {@link #type}; STATUS reports finished reads. */
  static final class Terminal implements FakeKernel.Peer {
    private final FakeKernel kernel;
    final StringBuilder output = new StringBuilder();
    final StringBuilder input = new StringBuilder();
    final ArrayDeque<int[]> done = new ArrayDeque<>();
    final List<Integer> cancelled = new ArrayList<>();
    int opens;
    int closes;
    int pendingId = -1;
    int pendingGrant = -1;
    int pendingCount;
    boolean selectNotify;
    int lastIoctlGrantLength = -1;

    Terminal(FakeKernel kernel) {
      this.kernel = kernel;
    }

    @Override
    public void answer(Message m) {
      int type = m.type();
      int id = m.payload(1);
      int status = 0;
      boolean suspended = false;
      switch (type) {
        case CharDevice.OPEN -> opens++;
        case CharDevice.CLOSE -> closes++;
        case CharDevice.WRITE -> {
          byte[] data = kernel.granteeOf(m.payload(2)) == TTY
              ? kernel.readGrant(m.payload(2), 0, m.payload(3)) : null;
          status = data == null ? Errno.EFAULT.wireValue() : m.payload(3);
          if (data != null) {
            output.append(new String(data, StandardCharsets.ISO_8859_1));
          }
        }
        case CharDevice.READ -> {
          if (input.length() > 0) {
            status = deliver(m.payload(2), m.payload(3));
          } else if ((m.payload(5) & FileFlags.O_NONBLOCK) != 0) {
            status = Errno.EAGAIN.wireValue();
          } else {
            pendingId = id;
            pendingGrant = m.payload(2);
            pendingCount = m.payload(3);
            suspended = true;
          }
        }
        case CharDevice.CANCEL -> {
          cancelled.add(id);
          pendingId = -1;
          status = Errno.EINTR.wireValue();
        }
        case CharDevice.IOCTL -> {
          lastIoctlGrantLength = kernel.grantLength(m.payload(3));
          status = 0;
        }
        case CharDevice.SELECT -> {
          int ops = m.payload(2);
          int ready = ops & CharDevice.SELECT_WRITE;
          if (input.length() > 0) {
            ready |= ops & CharDevice.SELECT_READ;
          }
          selectNotify = m.payload(3) == 1 && ready == 0;
          status = ready;
        }
        case CharDevice.STATUS -> {
          m.clear();
          int[] finished = done.poll();
          if (finished != null) {
            m.setType(CharDevice.REVIVE).setPayload(0, finished[0]).setPayload(1, finished[1]);
          } else if (selectNotify && input.length() > 0) {
            selectNotify = false;
            m.setType(CharDevice.SELECT_READY).setPayload(0, 0).setPayload(1, CharDevice.SELECT_READ);
          } else {
            m.setType(CharDevice.NO_STATUS);
          }
          return;
        }
        default -> status = Errno.ENOSYS.wireValue();
      }
      m.clear();
      m.setType(CharDevice.REPLY).setPayload(0, id).setPayload(1, status)
          .setPayload(2, suspended ? CharDevice.SUSPENDED : 0);
    }

    private int deliver(int grant, int count) {
      int n = Math.min(count, input.length());
      byte[] data = input.substring(0, n).getBytes(StandardCharsets.ISO_8859_1);
      input.delete(0, n);
      return kernel.writeGrant(grant, 0, data, n) < 0 ? Errno.EFAULT.wireValue() : n;
    }

    /** Input arrives; a waiting read finishes (reported at the next STATUS). */
    void type(String text) {
      input.append(text);
      if (pendingId >= 0) {
        done.add(new int[] {pendingId, deliver(pendingGrant, pendingCount)});
        pendingId = -1;
      }
    }
  }

  /** A user call; the reply's type, or {@link #NO_REPLY} if deferred. */
  int call(int user, int type, int... words) {
    Message m = message(user, type, words);
    int before = kernel.sent.size();
    calls.handle(ctx, m);
    return replyTo(user, before);
  }

  /** The reply {@code user} got since {@code before} sends, or NO_REPLY. */
  int replyTo(int user, int before) {
    for (int i = before; i < kernel.sent.size(); i++) {
      FakeKernel.Sent sent = kernel.sent.get(i);
      if (sent.destination() == user) {
        lastReply = sent.message();
        return sent.message().type();
      }
    }
    return NO_REPLY;
  }

  int sends() {
    return kernel.sent.size();
  }

  Message reply() {
    Message reply = lastReply;
    if (reply == null) {
      throw new AssertionError("no reply");
    }
    return reply;
  }

  int pm(int type, int... words) {
    return call(SystemSlots.PM, type, words);
  }

  void notifyFrom(int source) {
    calls.handle(ctx, message(source, Notification.TYPE));
  }

  /** DS now names {@code endpoint} under {@code key} and notifies VFS, which fetches it. */
  void publish(String key, int endpoint) {
    dsValues.put(key, endpoint);
    dsChanges.add(key);
    notifyFrom(SystemSlots.DS);
  }

  static Message message(int source, int type, int... words) {
    int[] raw = new int[Message.WORDS];
    raw[0] = source;
    raw[1] = type;
    System.arraycopy(words, 0, raw, 2, words.length);
    Message m = new Message();
    m.copyFrom(raw);
    return m;
  }

  /** Places bytes in {@code user}'s memory; their address. */
  int put(int user, byte[] data) {
    int offset = heap[user % heap.length];
    heap[user % heap.length] = offset + ((data.length + 15) & ~15) + 16;
    System.arraycopy(data, 0, kernel.memory(user), offset, data.length);
    return FakeKernel.USER_BASE + offset;
  }

  /** A buffer of {@code size} zero bytes in {@code user}'s memory. */
  int buffer(int user, int size) {
    return put(user, new byte[size]);
  }

  /** The two words of a path argument (pointer, length with the NUL). */
  int[] path(int user, String path) {
    byte[] bytes = (path + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return new int[] {put(user, bytes), bytes.length};
  }

  byte[] peek(int user, int address, int length) {
    byte[] out = new byte[length];
    System.arraycopy(kernel.memory(user), address - FakeKernel.USER_BASE, out, 0, length);
    return out;
  }

  String string(int user, int address, int length) {
    return new String(peek(user, address, length), StandardCharsets.ISO_8859_1);
  }

  int word(int user, int address) {
    byte[] b = peek(user, address, 4);
    return (b[0] & 0xff) | ((b[1] & 0xff) << 8) | ((b[2] & 0xff) << 16) | ((b[3] & 0xff) << 24);
  }

  // --- the calls, as the C library makes them ---

  int open(int user, String path, int flags, int mode) {
    int[] p = path(user, path);
    return call(user, org.minix3j.abi.protocol.VfsCalls.OPEN, p[0], p[1], flags, mode);
  }

  int open(int user, String path, int flags) {
    return open(user, path, flags, 0644);
  }

  int write(int user, int fd, String text) {
    int address = put(user, text.getBytes(StandardCharsets.ISO_8859_1));
    return call(user, org.minix3j.abi.protocol.VfsCalls.WRITE, fd, address, text.length());
  }

  /** Reads up to {@code count} bytes; the text, or "E" + errno for an error. */
  String read(int user, int fd, int count) {
    int address = buffer(user, count);
    int result = call(user, org.minix3j.abi.protocol.VfsCalls.READ, fd, address, count);
    return result < 0 ? "E" + Math.negateExact(result) : string(user, address, result);
  }

  int pathCall(int user, int type, String path, int... rest) {
    int[] p = path(user, path);
    int[] words = new int[2 + rest.length];
    words[0] = p[0];
    words[1] = p[1];
    System.arraycopy(rest, 0, words, 2, rest.length);
    return call(user, type, words);
  }

  int twoPaths(int user, int type, String first, String second) {
    int[] a = path(user, first);
    int[] b = path(user, second);
    return call(user, type, a[0], a[1], b[0], b[1]);
  }

  /** fork from {@code parent} into {@code child} (pid). */
  void fork(int parent, int child, int pid) {
    kernel.addUser(child);
    if (pm(PmToVfs.FORK, parent, child, pid) != 0) {
      throw new AssertionError("fork failed");
    }
  }
}
