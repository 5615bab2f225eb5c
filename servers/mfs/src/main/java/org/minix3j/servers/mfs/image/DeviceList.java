package org.minix3j.servers.mfs.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The device-list text format of {@code minix3j mkfs --devices FILE}: one device node a line,
 *
 * <pre>
 *   path  c|b  major  minor  mode  [uid gid]
 *   /dev/console  c  4  0  0600
 * </pre>
 *
 * <p>{@code path} is inside the image (a leading {@code /} optional), {@code c} a character and
 * {@code b} a block device, {@code major} and {@code minor} decimal 0..255, {@code mode} the
 * permission bits in octal, {@code uid gid} decimal (0 0 when left out). Fields are separated by
 * blanks; {@code #} starts a comment to the end of the line; blank lines are skipped. A bad line
 * gives a {@link DeviceListException} naming its number.
 */
public final class DeviceList {
  /** One parsed line. */
  public record Entry(
      int line, String path, boolean block, int major, int minor, int permissions, int uid, int gid) {
    /** Adds this node to {@code tree}; a clash with an existing path is reported with the line. */
    public void addTo(FileTree tree) throws DeviceListException {
      try {
        tree.device(path, block, major, minor, permissions, uid, gid);
      } catch (IllegalArgumentException e) {
        throw new DeviceListException(line, String.valueOf(e.getMessage()));
      }
    }
  }

  private DeviceList() {}

  /** Parses the whole text of a device list. */
  public static List<Entry> parse(String text) throws DeviceListException {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      entries.add(parseLine(index + 1, line.split("\\s+")));
    }
    return List.copyOf(entries);
  }

  /** Parses the list and adds every node to {@code tree}. */
  public static void addAll(String text, FileTree tree) throws DeviceListException {
    for (Entry entry : parse(text)) {
      entry.addTo(tree);
    }
  }

  private static Entry parseLine(int line, String[] fields) throws DeviceListException {
    if (fields.length != 5 && fields.length != 7) {
      throw new DeviceListException(line, "expected 'path c|b major minor mode [uid gid]', got "
          + fields.length + " field" + (fields.length == 1 ? "" : "s"));
    }
    String path = fields[0];
    if (path.replace("/", "").isEmpty()) {
      throw new DeviceListException(line, "'" + path + "' is not a path to a device node");
    }
    boolean block = switch (fields[1]) {
      case "c" -> false;
      case "b" -> true;
      default -> throw new DeviceListException(line,
          "type '" + fields[1] + "' must be c (character) or b (block)");
    };
    int major = number(line, "major", fields[2], 10, 255);
    int minor = number(line, "minor", fields[3], 10, 255);
    int mode = number(line, "mode", fields[4], 8, 07777);
    int uid = fields.length == 7 ? number(line, "uid", fields[5], 10, 0xffff) : 0;
    int gid = fields.length == 7 ? number(line, "gid", fields[6], 10, 0xffff) : 0;
    return new Entry(line, path, block, major, minor, mode, uid, gid);
  }

  private static int number(int line, String what, String text, int radix, int max)
      throws DeviceListException {
    int value;
    try {
      value = Integer.parseInt(text, radix);
    } catch (NumberFormatException e) {
      throw new DeviceListException(line, what + " '" + text + "' is not a"
          + (radix == 8 ? "n octal" : " decimal") + " number");
    }
    if (value < 0 || value > max) {
      throw new DeviceListException(line, what + " " + text + " is outside 0.."
          + (radix == 8 ? "0" + Integer.toOctalString(max) : Integer.toString(max)));
    }
    return value;
  }
}
