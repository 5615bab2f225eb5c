package org.minix3j.servers.vm;

import java.util.ArrayList;
import java.util.List;
import org.minix3j.servers.vm.memory.PageBits;

/** Walks the i386 page tables VM wrote into the fake physical memory, as the MMU would. */
final class PageWalk {
  private final FakeKernel kernel;
  private final long directory;

  PageWalk(FakeKernel kernel, int directory) {
    this.kernel = kernel;
    this.directory = Integer.toUnsignedLong(directory);
  }

  int directoryEntry(long address) {
    return kernel.word(directory + (address >>> 22) * 4);
  }

  /** The table entry of {@code address}, 0 when the directory entry is not present. */
  int entry(long address) {
    int pde = directoryEntry(address);
    if (!PageBits.present(pde)) {
      return 0;
    }
    return kernel.word(PageBits.frame(pde) + ((address >>> 12) & 0x3FF) * 4);
  }

  boolean mapped(long address) {
    return PageBits.present(entry(address));
  }

  long frame(long address) {
    int pte = entry(address);
    if (!PageBits.present(pte)) {
      throw new AssertionError("not mapped: 0x" + Long.toHexString(address));
    }
    return PageBits.frame(pte);
  }

  boolean writable(long address) {
    return (entry(address) & PageBits.WRITABLE) != 0
        && (directoryEntry(address) & PageBits.WRITABLE) != 0;
  }

  boolean executable(long address) {
    return ((entry(address) | directoryEntry(address)) & PageBits.NO_EXECUTE) == 0;
  }

  boolean user(long address) {
    return (entry(address) & directoryEntry(address) & PageBits.USER) != 0;
  }

  byte read(long address) {
    long physical = frame(address & ~0xFFFL) + (address & 0xFFF);
    return kernel.physical[(int) (physical - kernel.base)];
  }

  byte[] read(long address, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = read(address + i);
    }
    return bytes;
  }

  int word(long address) {
    byte[] b = read(address, 4);
    return (b[0] & 0xFF) | ((b[1] & 0xFF) << 8) | ((b[2] & 0xFF) << 16) | ((b[3] & 0xFF) << 24);
  }

  void write(long address, byte value) {
    long physical = frame(address & ~0xFFFL) + (address & 0xFFF);
    kernel.physical[(int) (physical - kernel.base)] = value;
  }

  /** The NUL-terminated string at {@code address}. */
  String string(long address) {
    StringBuilder text = new StringBuilder();
    for (long at = address; read(at) != 0; at++) {
      text.append((char) read(at));
    }
    return text.toString();
  }

  /** Every mapped page, in address order. */
  List<Long> mappedPages() {
    List<Long> pages = new ArrayList<>();
    for (long slice = 0; slice < 1024; slice++) {
      int pde = kernel.word(directory + slice * 4);
      if (PageBits.present(pde)) {
        for (long index = 0; index < 1024; index++) {
          if (PageBits.present(kernel.word(PageBits.frame(pde) + index * 4))) {
            pages.add((slice << 22) | (index << 12));
          }
        }
      }
    }
    return pages;
  }
}
