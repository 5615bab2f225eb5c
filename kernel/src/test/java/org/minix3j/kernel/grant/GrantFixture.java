package org.minix3j.kernel.grant;

import org.minix3j.kernel.memory.AddressSpaces;
import org.minix3j.kernel.memory.PageTables;
import org.minix3j.kernel.memory.UserMemory;
import org.minix3j.kernel.proc.ProcessSlot;
import org.minix3j.kernel.proc.ProcessTable;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * A small world for grant tests: two i386 user processes with pages mapped at 0x10000..0x13000
 * (user) and 0x20000..0x22000 (user2), and three Java processes: a server, a driver, and a
 * VFS-like process that holds the magic-grant right. Built fresh for every test or try.
 */
final class GrantFixture {
  static final int USER_BASE = 0x10000;
  static final int USER_PAGES = 3;
  static final int USER2_BASE = 0x20000;
  static final int USER2_PAGES = 2;

  final PhysicalMemory ram = new PhysicalMemory(64 * PhysicalMemory.PAGE_SIZE);
  final PageTables pageTables = new PageTables(ram, 1);
  final UserMemory memory = new UserMemory(ram);
  final ProcessTable processes = new ProcessTable(16);
  final AddressSpaces spaces = new AddressSpaces(16);
  final ProcessSlot user = processes.occupy(2, "user");
  final ProcessSlot server = processes.occupy(3, "server");
  final ProcessSlot driver = processes.occupy(4, "driver");
  final ProcessSlot vfs = processes.occupy(5, "vfs");
  final ProcessSlot user2 = processes.occupy(6, "user2");
  final int userDirectory = pageTables.newDirectory();
  final int user2Directory = pageTables.newDirectory();
  final Grants grants;

  GrantFixture(int capacity) {
    for (int page = 0; page < USER_PAGES; page++) {
      pageTables.mapFresh(userDirectory, USER_BASE + page * 0x1000, PageTables.USER_WRITABLE);
      pageTables.allocateFrame(); // frames not contiguous
    }
    for (int page = 0; page < USER2_PAGES; page++) {
      pageTables.mapFresh(user2Directory, USER2_BASE + page * 0x1000, PageTables.USER_WRITABLE);
    }
    spaces.assignUser(user.slot(), userDirectory);
    spaces.assignUser(user2.slot(), user2Directory);
    grants = new Grants(processes, spaces, memory, slot -> slot == vfs.slot(), capacity);
  }

  GrantFixture() {
    this(GrantTable.DEFAULT_CAPACITY);
  }

  /** Bytes of user's memory, read through its page tables. */
  byte[] userBytes(int address, int length) {
    byte[] bytes = new byte[length];
    if (memory.copyIn(userDirectory, address, bytes, 0, length) != 0) {
      throw new AssertionError("user range not readable");
    }
    return bytes;
  }

  /** Writes bytes into user's memory through its page tables. */
  void setUserBytes(int address, byte[] bytes) {
    if (memory.copyOut(bytes, 0, userDirectory, address, bytes.length) != 0) {
      throw new AssertionError("user range not writable");
    }
  }

  static byte[] pattern(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 13 + seed);
    }
    return bytes;
  }
}
