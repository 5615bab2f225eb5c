package org.minix3j.servers.vm.elf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minix3j.abi.Errno;
import org.minix3j.abi.posix.UserLayout;

/**
 * Decides whether a file is an i386 program VM can load, reading only its ELF header and
 * program headers. Accepted: ELFCLASS32, little-endian, version 1, ET_EXEC, EM_386, program
 * headers inside the file, at least one PT_LOAD, and for every PT_LOAD with bytes in memory:
 * file bytes inside the file, {@code p_filesz <= p_memsz}, {@code p_vaddr} and {@code p_offset}
 * equal modulo the page size, not below {@link UserLayout#LOWEST_LOAD}, not reaching the stack
 * (below {@code STACK_TOP - STACK_BYTES}), not both writable and executable, and no two
 * segments on one page; the entry inside an executable segment. PT_INTERP and PT_DYNAMIC
 * (dynamic linking) are refused; other program headers are ignored.
 */
public final class ElfReader {
  /** Bytes of an ELF32 file header. */
  public static final int HEADER_SIZE = 52;

  /** Bytes of an ELF32 program header. */
  public static final int PROGRAM_HEADER_SIZE = 32;

  /** The most program headers accepted. */
  public static final int MAX_PROGRAM_HEADERS = 64;

  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final int PT_INTERP = 3;
  private static final int ET_EXEC = 2;
  private static final int EM_386 = 3;
  private static final int PAGE = UserLayout.PAGE_SIZE;
  private static final long LOWEST = UserLayout.LOWEST_LOAD;
  private static final long STACK_BOTTOM =
      Integer.toUnsignedLong(UserLayout.STACK_TOP) - UserLayout.STACK_BYTES;

  private ElfReader() {}

  /** Checks the file of {@code fileLength} bytes that {@code source} reads. */
  public static ElfCheck check(ElfSource source, int fileLength) {
    if (fileLength < HEADER_SIZE) {
      return new ElfCheck.Rejected("shorter than an ELF header");
    }
    byte[] header = new byte[HEADER_SIZE];
    int read = source.read(0, header, 0, HEADER_SIZE);
    if (read != Errno.OK_VALUE) {
      return new ElfCheck.Unreadable(read);
    }
    if (header[0] != 0x7F || header[1] != 'E' || header[2] != 'L' || header[3] != 'F') {
      return new ElfCheck.Rejected("no ELF magic");
    }
    if (header[4] != 1 || header[5] != 1 || header[6] != 1) {
      return new ElfCheck.Rejected("not ELFCLASS32, little-endian, version 1");
    }
    if (half(header, 16) != ET_EXEC || half(header, 18) != EM_386 || word(header, 20) != 1) {
      return new ElfCheck.Rejected("not an i386 ET_EXEC of version 1");
    }
    long entry = word(header, 24);
    long headersOffset = word(header, 28);
    int entrySize = half(header, 42);
    int count = half(header, 44);
    if (count == 0 || count > MAX_PROGRAM_HEADERS || entrySize != PROGRAM_HEADER_SIZE) {
      return new ElfCheck.Rejected("bad program header count or size");
    }
    long headersLength = (long) count * entrySize;
    if (headersOffset + headersLength > fileLength) {
      return new ElfCheck.Rejected("program headers outside the file");
    }
    byte[] headers = new byte[(int) headersLength];
    read = source.read((int) headersOffset, headers, 0, headers.length);
    if (read != Errno.OK_VALUE) {
      return new ElfCheck.Unreadable(read);
    }
    List<ElfSegment> segments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = i * entrySize;
      long type = word(headers, at);
      if (type == PT_INTERP || type == PT_DYNAMIC) {
        return new ElfCheck.Rejected("dynamically linked");
      }
      if (type != PT_LOAD) {
        continue;
      }
      ElfSegment segment = new ElfSegment(word(headers, at + 8), word(headers, at + 20),
          word(headers, at + 4), word(headers, at + 16), (int) word(headers, at + 24));
      String problem = problem(segment, fileLength);
      if (!problem.isEmpty()) {
        return new ElfCheck.Rejected("segment " + i + ": " + problem);
      }
      if (segment.memorySize() > 0) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty()) {
      return new ElfCheck.Rejected("nothing to load");
    }
    segments.sort(Comparator.comparingLong(ElfSegment::address));
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i - 1).pageEnd() > segments.get(i).pageStart()) {
        return new ElfCheck.Rejected("segments share a page");
      }
    }
    boolean entryInText = false;
    for (ElfSegment segment : segments) {
      if (segment.executable() && entry >= segment.address() && entry < segment.end()) {
        entryInText = true;
      }
    }
    if (!entryInText) {
      return new ElfCheck.Rejected("entry point outside executable segments");
    }
    return new ElfCheck.Accepted(new ElfImage(entry, segments));
  }

  /** What is wrong with a PT_LOAD segment, or the empty string. */
  private static String problem(ElfSegment segment, int fileLength) {
    if (segment.fileSize() > segment.memorySize()) {
      return "p_filesz above p_memsz";
    }
    if (segment.fileOffset() + segment.fileSize() > fileLength) {
      return "file bytes outside the file";
    }
    if (segment.memorySize() == 0) {
      return "";
    }
    if (segment.address() % PAGE != segment.fileOffset() % PAGE) {
      return "p_vaddr and p_offset differ within a page";
    }
    if (segment.address() < LOWEST || segment.end() > STACK_BOTTOM) {
      return "outside the user program area";
    }
    if (segment.writable() && segment.executable()) {
      return "writable and executable";
    }
    return "";
  }

  private static int half(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
  }

  private static long word(byte[] bytes, int at) {
    return (bytes[at] & 0xFFL) | ((bytes[at + 1] & 0xFFL) << 8) | ((bytes[at + 2] & 0xFFL) << 16)
        | ((bytes[at + 3] & 0xFFL) << 24);
  }
}
