package org.minix3j.servers.mfs.image;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.servers.mfs.format.FileTypes;
import org.minix3j.servers.mfs.format.MinixFormat;

/**
 * The in-memory description of a file system's contents that {@link ImageBuilder} turns into an
 * image: a root directory holding directories, regular files (with their bytes), symbolic links
 * and device nodes, each with permission bits and an owner.
 *
 * <p>Paths are relative to the root ({@code "bin/sh"}; a leading {@code /} is ignored), their
 * components 1..60 bytes of UTF-8 without {@code /} or NUL, never {@code .} or {@code ..}.
 * Adding a node whose parent directories do not exist yet creates them (mode 0755, owner 0:0).
 * Entries are kept sorted by name, so the same calls give the same image. Misuse (a bad name, a
 * path that exists, a parent that is not a directory) throws {@link IllegalArgumentException}
 * with the path in its message.
 */
public final class FileTree {
  /** One node of the tree. */
  public sealed interface Node permits Directory, RegularFile, Symlink, DeviceNode {
    /** Permission bits (07777). */
    int permissions();

    int uid();

    int gid();
  }

  /** A directory; its entries are sorted by name. */
  public record Directory(int permissions, int uid, int gid, SortedMap<String, Node> entries)
      implements Node {}

  /** A regular file with its contents (held, not copied). */
  public static final class RegularFile implements Node {
    private final int permissions;
    private final int uid;
    private final int gid;
    private final byte[] contents;

    public RegularFile(int permissions, int uid, int gid, byte[] contents) {
      this.permissions = permissions;
      this.uid = uid;
      this.gid = gid;
      this.contents = contents;
    }

    @Override
    public int permissions() {
      return permissions;
    }

    @Override
    public int uid() {
      return uid;
    }

    @Override
    public int gid() {
      return gid;
    }

    /** The file's bytes (the array the tree was given). */
    public byte[] contents() {
      return contents;
    }
  }

  /** A symbolic link to {@code target}. */
  public record Symlink(int permissions, int uid, int gid, String target) implements Node {}

  /** A character ({@code block} false) or block device node with its major and minor numbers. */
  public record DeviceNode(int permissions, int uid, int gid, boolean block, int major, int minor)
      implements Node {
    /** The device number as the inode stores it: {@code major << 8 | minor}. */
    public int device() {
      return (major << 8) | minor;
    }

    /** The file type bits. */
    public int type() {
      return block ? FileTypes.S_IFBLK : FileTypes.S_IFCHR;
    }
  }

  private static final int DEFAULT_DIRECTORY_MODE = 0755;

  private final Directory root;

  /** An empty tree whose root has {@code permissions} and owner {@code uid:gid}. */
  public FileTree(int permissions, int uid, int gid) {
    root = new Directory(checkMode(permissions), checkId(uid), checkId(gid), new TreeMap<>());
  }

  /** An empty tree with a root of mode 0755 owned by 0:0. */
  public FileTree() {
    this(DEFAULT_DIRECTORY_MODE, 0, 0);
  }

  public Directory root() {
    return root;
  }

  /** Adds a directory (or, if one is there already, leaves it be and returns it). */
  public Directory directory(String path, int permissions, int uid, int gid) {
    List<String> parts = split(path);
    if (parts.isEmpty()) {
      return root;
    }
    Directory parent = parentOf(path, parts);
    String name = parts.get(parts.size() - 1);
    Node existing = parent.entries().get(name);
    if (existing instanceof Directory directory) {
      return directory;
    }
    if (existing != null) {
      throw new IllegalArgumentException(path + ": exists and is not a directory");
    }
    Directory directory =
        new Directory(checkMode(permissions), checkId(uid), checkId(gid), new TreeMap<>());
    parent.entries().put(name, directory);
    return directory;
  }

  /** Adds a regular file holding {@code contents} (not copied: do not change it afterwards). */
  public void file(String path, byte[] contents, int permissions, int uid, int gid) {
    add(path, new RegularFile(checkMode(permissions), checkId(uid), checkId(gid), contents));
  }

  /** Adds a symbolic link (mode 0777) to {@code target}, which may not be empty. */
  public void symlink(String path, String target, int uid, int gid) {
    if (target.isEmpty() || target.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(path + ": empty symbolic link target or NUL in it");
    }
    add(path, new Symlink(0777, checkId(uid), checkId(gid), target));
  }

  /** Adds a device node; {@code major} and {@code minor} are 0..255. */
  public void device(
      String path, boolean block, int major, int minor, int permissions, int uid, int gid) {
    if (major < 0 || major > 255 || minor < 0 || minor > 255) {
      throw new IllegalArgumentException(path + ": device " + major + "," + minor + " out of range");
    }
    add(path, new DeviceNode(checkMode(permissions), checkId(uid), checkId(gid), block, major, minor));
  }

  /** The node at {@code path}, or null. */
  public @Nullable Node find(String path) {
    Node node = root;
    for (String part : split(path)) {
      if (!(node instanceof Directory directory)) {
        return null;
      }
      node = directory.entries().get(part);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private void add(String path, Node node) {
    List<String> parts = split(path);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("'" + path + "': the root is a directory");
    }
    Directory parent = parentOf(path, parts);
    String name = parts.get(parts.size() - 1);
    if (parent.entries().containsKey(name)) {
      throw new IllegalArgumentException(path + ": exists already");
    }
    parent.entries().put(name, node);
  }

  private Directory parentOf(String path, List<String> parts) {
    Directory directory = root;
    for (String part : parts.subList(0, parts.size() - 1)) {
      Node next = directory.entries().get(part);
      if (next == null) {
        Directory created = new Directory(DEFAULT_DIRECTORY_MODE, 0, 0, new TreeMap<>());
        directory.entries().put(part, created);
        directory = created;
      } else if (next instanceof Directory nextDirectory) {
        directory = nextDirectory;
      } else {
        throw new IllegalArgumentException(path + ": " + part + " is not a directory");
      }
    }
    return directory;
  }

  private static List<String> split(String path) {
    List<String> parts = new java.util.ArrayList<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int bytes = part.getBytes(StandardCharsets.UTF_8).length;
      if (part.equals(".") || part.equals("..") || part.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(path + ": bad component '" + part + "'");
      }
      if (bytes > MinixFormat.NAME_MAX) {
        throw new IllegalArgumentException(
            path + ": component '" + part + "' is longer than " + MinixFormat.NAME_MAX + " bytes");
      }
      parts.add(part);
    }
    return Collections.unmodifiableList(parts);
  }

  private static int checkMode(int permissions) {
    if ((permissions & ~FileTypes.PERMISSIONS) != 0) {
      throw new IllegalArgumentException("mode 0" + Integer.toOctalString(permissions));
    }
    return permissions;
  }

  private static int checkId(int id) {
    if (id < 0 || id > 0xffff) {
      throw new IllegalArgumentException("owner id " + id + " outside 0..65535");
    }
    return id;
  }

  /** Counts the nodes of the tree, the root included. */
  public int nodeCount() {
    return count(root);
  }

  private static int count(Node node) {
    int total = 1;
    if (node instanceof Directory directory) {
      for (Map.Entry<String, Node> entry : directory.entries().entrySet()) {
        total += count(entry.getValue());
      }
    }
    return total;
  }
}
