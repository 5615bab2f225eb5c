package org.minix3j.servers.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.abi.Errno;
import org.minix3j.abi.Message;
import org.minix3j.abi.posix.DirentLayout;
import org.minix3j.abi.posix.FileFlags;
import org.minix3j.abi.protocol.FsRequests;

/** An in-memory file server answering FsRequests, counting the references VFS holds. */
final class FakeFileServer implements FakeKernel.Peer {
  static final int ROOT = 1;

  static final class Node {
    final int inode;
    int mode;
    int uid;
    int gid;
    int rdev;
    int links = 1;
    int refs;
    byte[] data = new byte[0];
    final TreeMap<String, Integer> entries = new TreeMap<>();
    String target = "";

    Node(int inode, int mode) {
      this.inode = inode;
      this.mode = mode;
    }

    boolean isDirectory() {
      return (mode & FileFlags.S_IFMT) == FileFlags.S_IFDIR;
    }
  }

  private final FakeKernel kernel;
  final TreeMap<Integer, Node> nodes = new TreeMap<>();
  private int nextInode = ROOT;
  private int nameGrant = -1;
  int syncs;
  int badPutnodes;

  FakeFileServer(FakeKernel kernel) {
    this.kernel = kernel;
    Node root = newNode(FileFlags.S_IFDIR | 0755);
    root.entries.put(".", ROOT);
    root.entries.put("..", ROOT);
    root.links = 2;
  }

  Node newNode(int mode) {
    Node node = new Node(nextInode++, mode);
    nodes.put(node.inode, node);
    return node;
  }

  /** Builds a node at {@code path} (absolute, parents exist) directly, as mkfs would. */
  Node make(String path, int mode) {
    int slash = path.lastIndexOf('/');
    Node parent = find(path.substring(0, slash));
    Node node = newNode(mode);
    parent.entries.put(path.substring(slash + 1), node.inode);
    if (node.isDirectory()) {
      node.entries.put(".", node.inode);
      node.entries.put("..", parent.inode);
      node.links = 2;
      parent.links++;
    }
    return node;
  }

  Node find(String path) {
    Node node = node(ROOT);
    for (String part : path.split("/", -1)) {
      if (!part.isEmpty()) {
        Integer inode = node.entries.get(part);
        if (inode == null) {
          throw new IllegalArgumentException("no " + path);
        }
        node = node(inode);
      }
    }
    return node;
  }

  @Nullable Node findOrNull(String path) {
    try {
      return find(path);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** References VFS holds on inodes other than the root. */
  int refsBesidesRoot() {
    return totalRefs() - node(ROOT).refs;
  }

  /** References VFS holds, over all inodes. */
  int totalRefs() {
    int total = 0;
    for (Node node : nodes.values()) {
      total += node.refs;
    }
    return total;
  }

  private Node node(int inode) {
    Node node = nodes.get(inode);
    if (node == null) {
      throw new FsError(Errno.EINVAL);
    }
    return node;
  }

  @Override
  public void answer(Message m) {
    int type = m.type();
    int[] out = new int[14];
    int result;
    try {
      result = handle(type, m, out);
    } catch (FsError e) {
      result = e.errno().wireValue();
    }
    m.clear();
    m.setType(result);
    for (int i = 0; i < out.length; i++) {
      m.setPayload(i, out[i]);
    }
  }

  private String name(int offset, int length) {
    byte[] bytes = kernel.readGrant(nameGrant, offset, length);
    if (bytes == null) {
      throw new FsError(Errno.EFAULT);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static void attributes(Node node, int[] out) {
    out[0] = node.inode;
    out[1] = node.mode;
    out[2] = node.data.length;
    out[3] = node.uid;
    out[4] = node.gid;
    out[5] = node.rdev;
    out[6] = node.links;
  }

  private Node directory(int inode) {
    Node dir = node(inode);
    if (!dir.isDirectory()) {
      throw new FsError(Errno.ENOTDIR);
    }
    return dir;
  }

  private int handle(int type, Message m, int[] out) {
    switch (type) {
      case FsRequests.MOUNT -> {
        nameGrant = m.payload(3);
        Node root = node(ROOT);
        root.refs++;
        attributes(root, out);
        return 0;
      }
      case FsRequests.LOOKUP -> {
        Node dir = directory(m.payload(0));
        Integer inode = dir.entries.get(name(m.payload(1), m.payload(2)));
        if (inode == null) {
          throw new FsError(Errno.ENOENT);
        }
        Node node = node(inode);
        node.refs++;
        attributes(node, out);
        return 0;
      }
      case FsRequests.PUTNODE -> {
        Node node = node(m.payload(0));
        node.refs -= m.payload(1);
        if (node.refs < 0 || m.payload(1) <= 0) {
          badPutnodes++;
        }
        return 0;
      }
      case FsRequests.STAT -> {
        Node node = node(m.payload(0));
        out[0] = node.mode;
        out[1] = node.links;
        out[2] = node.uid;
        out[3] = node.gid;
        out[4] = node.data.length;
        out[5] = node.rdev;
        out[6] = 11;
        out[7] = 22;
        out[8] = 33;
        out[9] = (node.data.length + 511) / 512;
        out[10] = 1024;
        return 0;
      }
      case FsRequests.READ -> {
        Node node = node(m.payload(0));
        int position = m.payload(1);
        int count = Math.max(0, Math.min(m.payload(3), node.data.length - position));
        byte[] chunk = Arrays.copyOfRange(node.data, Math.min(position, node.data.length),
            Math.min(position, node.data.length) + count);
        if (count > 0 && kernel.writeGrant(m.payload(2), 0, chunk, count) < 0) {
          throw new FsError(Errno.EFAULT);
        }
        out[0] = node.data.length;
        return count;
      }
      case FsRequests.WRITE -> {
        Node node = node(m.payload(0));
        int position = m.payload(1);
        int count = m.payload(3);
        byte[] chunk = kernel.readGrant(m.payload(2), 0, count);
        if (chunk == null) {
          throw new FsError(Errno.EFAULT);
        }
        if (position + count > node.data.length) {
          node.data = Arrays.copyOf(node.data, position + count);
        }
        System.arraycopy(chunk, 0, node.data, position, count);
        out[0] = node.data.length;
        return count;
      }
      case FsRequests.GETDENTS -> {
        Node dir = directory(m.payload(0));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(dir.entries.entrySet());
        int index = m.payload(1);
        int size = m.payload(3);
        byte[] buffer = new byte[size];
        int used = 0;
        while (index < entries.size()) {
          byte[] name = entries.get(index).getKey().getBytes(StandardCharsets.ISO_8859_1);
          int length = DirentLayout.recordLength(name.length);
          if (used + length > size) {
            break;
          }
          StatCalls.put(buffer, used + DirentLayout.INO, entries.get(index).getValue());
          buffer[used + DirentLayout.RECLEN] = (byte) length;
          buffer[used + DirentLayout.RECLEN + 1] = (byte) (length >> 8);
          buffer[used + DirentLayout.NAMLEN] = (byte) name.length;
          System.arraycopy(name, 0, buffer, used + DirentLayout.NAME, name.length);
          used += length;
          index++;
        }
        if (used == 0 && index < entries.size()) {
          throw new FsError(Errno.EINVAL);
        }
        if (used > 0 && kernel.writeGrant(m.payload(2), 0, buffer, used) < 0) {
          throw new FsError(Errno.EFAULT);
        }
        out[0] = index;
        return used;
      }
      case FsRequests.CREATE, FsRequests.MKDIR, FsRequests.MKNOD -> {
        Node dir = directory(m.payload(0));
        String name = name(m.payload(1), m.payload(2));
        if (dir.entries.containsKey(name)) {
          throw new FsError(Errno.EEXIST);
        }
        int mode = type == FsRequests.MKDIR ? FileFlags.S_IFDIR | m.payload(3) : m.payload(3);
        Node node = newNode(mode);
        node.uid = m.payload(4);
        node.gid = m.payload(5);
        if (type == FsRequests.MKNOD) {
          node.rdev = m.payload(6);
        } else {
          node.refs++;
        }
        if (type == FsRequests.MKDIR) {
          node.entries.put(".", node.inode);
          node.entries.put("..", dir.inode);
          node.links = 2;
          dir.links++;
        }
        dir.entries.put(name, node.inode);
        attributes(node, out);
        return 0;
      }
      case FsRequests.UNLINK, FsRequests.RMDIR -> {
        Node dir = directory(m.payload(0));
        String name = name(m.payload(1), m.payload(2));
        Integer inode = dir.entries.get(name);
        if (inode == null) {
          throw new FsError(Errno.ENOENT);
        }
        Node node = node(inode);
        if (type == FsRequests.UNLINK && node.isDirectory()) {
          throw new FsError(Errno.EISDIR);
        }
        if (type == FsRequests.RMDIR) {
          if (!node.isDirectory()) {
            throw new FsError(Errno.ENOTDIR);
          }
          if (node.entries.size() > 2) {
            throw new FsError(Errno.ENOTEMPTY);
          }
          dir.links--;
        }
        dir.entries.remove(name);
        node.links--;
        return 0;
      }
      case FsRequests.LINK -> {
        Node dir = directory(m.payload(0));
        String name = name(m.payload(1), m.payload(2));
        if (dir.entries.containsKey(name)) {
          throw new FsError(Errno.EEXIST);
        }
        Node node = node(m.payload(3));
        node.links++;
        dir.entries.put(name, node.inode);
        return 0;
      }
      case FsRequests.SYMLINK -> {
        Node dir = directory(m.payload(0));
        String name = name(m.payload(1), m.payload(2));
        if (dir.entries.containsKey(name)) {
          throw new FsError(Errno.EEXIST);
        }
        Node node = newNode(FileFlags.S_IFLNK | 0777);
        node.target = name(m.payload(3), m.payload(4));
        node.data = node.target.getBytes(StandardCharsets.ISO_8859_1);
        node.uid = m.payload(5);
        node.gid = m.payload(6);
        dir.entries.put(name, node.inode);
        attributes(node, out);
        return 0;
      }
      case FsRequests.READLINK -> {
        Node node = node(m.payload(0));
        byte[] target = node.target.getBytes(StandardCharsets.ISO_8859_1);
        int length = Math.min(target.length, m.payload(2));
        if (kernel.writeGrant(m.payload(1), 0, target, length) < 0) {
          throw new FsError(Errno.EFAULT);
        }
        return length;
      }
      case FsRequests.RENAME -> {
        Node from = directory(m.payload(0));
        String oldName = name(m.payload(1), m.payload(2));
        Node to = directory(m.payload(3));
        String newName = name(m.payload(4), m.payload(5));
        Integer inode = from.entries.get(oldName);
        if (inode == null) {
          throw new FsError(Errno.ENOENT);
        }
        Integer replaced = to.entries.get(newName);
        if (replaced != null) {
          node(replaced).links--;
        }
        from.entries.remove(oldName);
        to.entries.put(newName, inode);
        Node moved = node(inode);
        if (moved.isDirectory()) {
          moved.entries.put("..", to.inode);
        }
        return 0;
      }
      case FsRequests.CHMOD -> {
        Node node = node(m.payload(0));
        node.mode = (node.mode & FileFlags.S_IFMT) | (m.payload(1) & 07777);
        return 0;
      }
      case FsRequests.CHOWN -> {
        Node node = node(m.payload(0));
        node.uid = m.payload(1);
        node.gid = m.payload(2);
        return 0;
      }
      case FsRequests.UTIME -> {
        node(m.payload(0));
        return 0;
      }
      case FsRequests.TRUNCATE -> {
        Node node = node(m.payload(0));
        node.data = Arrays.copyOf(node.data, m.payload(1));
        return 0;
      }
      case FsRequests.SYNC -> {
        syncs++;
        return 0;
      }
      case FsRequests.STATFS -> {
        out[0] = 1024;
        out[1] = 4096;
        out[2] = 1000;
        out[3] = 512;
        out[4] = 400;
        out[5] = 60;
        return 0;
      }
      default -> {
        return Errno.ENOSYS.wireValue();
      }
    }
  }
}
