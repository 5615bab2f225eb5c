package org.minix3j.machine.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A validated static i386 ELF executable: its entry point and loadable segments, with the
 * file bytes they come from.
 *
 * <p>Entry point: {@link #parse(byte[], long, long)} checks the header (class, data encoding,
 * version, type EXEC, machine 386), that every program header lies inside the file, that every
 * PT_LOAD segment's file bytes lie inside the file and its memory range inside the given user
 * range, that alignments are powers of two with congruent address and offset, that segments
 * do not overlap, that the program is not dynamically linked and that the entry point lies in
 * a segment. Any violation is an {@link ElfFormatException} naming the field; no other
 * exception escapes for any input bytes.
 *
 * <p>Invariant: an {@code ElfImage} only exists for a file that passed every check, so a
 * loader can copy its segments without further bounds checks on the file.
 */
public final class ElfImage {
  /** The smallest address a segment may use: page 0 stays unmapped to catch null pointers. */
  public static final long DEFAULT_LOWEST_ADDRESS = 0x1000L;

  private static final int HEADER_SIZE = 52;
  private static final int PROGRAM_HEADER_SIZE = 32;
  private static final int MAXIMUM_PROGRAM_HEADERS = 128;
  private static final int ELF_CLASS_32 = 1;
  private static final int ELF_DATA_LITTLE_ENDIAN = 1;
  private static final int ELF_VERSION_CURRENT = 1;
  private static final int TYPE_EXECUTABLE = 2;
  private static final int MACHINE_386 = 3;
  private static final int SEGMENT_LOAD = 1;
  private static final int SEGMENT_DYNAMIC = 2;
  private static final int SEGMENT_INTERPRETER = 3;
  private static final int FLAG_EXECUTE = 1;
  private static final int FLAG_WRITE = 2;
  private static final int FLAG_READ = 4;

  private final byte[] file;
  private final long entryPoint;
  private final List<ElfSegment> segments;

  private ElfImage(byte[] file, long entryPoint, List<ElfSegment> segments) {
    this.file = file;
    this.entryPoint = entryPoint;
    this.segments = segments;
  }

  /** The entry point (initial EIP), an unsigned 32-bit address. */
  public long entryPoint() {
    return entryPoint;
  }

  /** The loadable segments, sorted by address, non-overlapping. */
  public List<ElfSegment> segments() {
    return segments;
  }

  /** Copies {@code segment}'s file bytes (its first {@code fileSize} bytes in memory). */
  public byte[] fileBytes(ElfSegment segment) {
    byte[] bytes = new byte[(int) segment.fileSize()];
    System.arraycopy(file, (int) segment.fileOffset(), bytes, 0, bytes.length);
    return bytes;
  }

  /**
   * Validates {@code file} as a static i386 executable whose segments lie in {@code
   * [lowestAddress, highestAddress)}.
   */
  public static ElfImage parse(byte[] file, long lowestAddress, long highestAddress)
      throws ElfFormatException {
    ByteBuffer bytes = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    checkHeader(file, bytes);
    long entryPoint = unsigned(bytes.getInt(24));
    long programHeaderOffset = unsigned(bytes.getInt(28));
    int programHeaderSize = Short.toUnsignedInt(bytes.getShort(42));
    int programHeaderCount = Short.toUnsignedInt(bytes.getShort(44));
    if (programHeaderSize != PROGRAM_HEADER_SIZE) {
      throw new ElfFormatException(
          "program header size is " + programHeaderSize + ", expected " + PROGRAM_HEADER_SIZE);
    }
    if (programHeaderCount == 0 || programHeaderCount > MAXIMUM_PROGRAM_HEADERS) {
      throw new ElfFormatException(
          "program header count is " + programHeaderCount + ", expected 1 to "
              + MAXIMUM_PROGRAM_HEADERS);
    }
    long tableEnd = programHeaderOffset + (long) programHeaderCount * PROGRAM_HEADER_SIZE;
    if (tableEnd > file.length) {
      throw new ElfFormatException(
          "program header table [0x" + Long.toHexString(programHeaderOffset) + ", 0x"
              + Long.toHexString(tableEnd) + ") lies outside the file of " + file.length
              + " bytes");
    }
    List<ElfSegment> segments = new ArrayList<>();
    for (int index = 0; index < programHeaderCount; index++) {
      int at = (int) programHeaderOffset + index * PROGRAM_HEADER_SIZE;
      int type = bytes.getInt(at);
      if (type == SEGMENT_DYNAMIC || type == SEGMENT_INTERPRETER) {
        throw new ElfFormatException(
            "program header " + index + " asks for dynamic linking; only static executables run");
      }
      if (type != SEGMENT_LOAD) {
        continue;
      }
      ElfSegment segment = readSegment(bytes, at, index, file.length);
      if (segment.memorySize() == 0) {
        continue;
      }
      if (segment.virtualAddress() < lowestAddress || segment.endAddress() > highestAddress) {
        throw new ElfFormatException(
            "segment " + index + " [0x" + Long.toHexString(segment.virtualAddress()) + ", 0x"
                + Long.toHexString(segment.endAddress()) + ") lies outside the user range [0x"
                + Long.toHexString(lowestAddress) + ", 0x" + Long.toHexString(highestAddress)
                + ")");
      }
      segments.add(segment);
    }
    if (segments.isEmpty()) {
      throw new ElfFormatException("no loadable segment (PT_LOAD with a memory size)");
    }
    segments.sort(Comparator.comparingLong(ElfSegment::virtualAddress));
    for (int index = 1; index < segments.size(); index++) {
      ElfSegment previous = segments.get(index - 1);
      ElfSegment next = segments.get(index);
      if (next.virtualAddress() < previous.endAddress()) {
        throw new ElfFormatException(
            "segments at 0x" + Long.toHexString(previous.virtualAddress()) + " and 0x"
                + Long.toHexString(next.virtualAddress()) + " overlap");
      }
    }
    if (segments.stream().noneMatch(segment -> segment.contains(entryPoint))) {
      throw new ElfFormatException(
          "entry point 0x" + Long.toHexString(entryPoint) + " lies in no loadable segment");
    }
    return new ElfImage(file, entryPoint, List.copyOf(segments));
  }

  /** Validates {@code file} with the default lowest address and {@code highestAddress}. */
  public static ElfImage parse(byte[] file, long highestAddress) throws ElfFormatException {
    return parse(file, DEFAULT_LOWEST_ADDRESS, highestAddress);
  }

  private static void checkHeader(byte[] file, ByteBuffer bytes) throws ElfFormatException {
    if (file.length < HEADER_SIZE) {
      throw new ElfFormatException(
          "file of " + file.length + " bytes is shorter than an ELF header (" + HEADER_SIZE + ")");
    }
    if (file[0] != 0x7f || file[1] != 'E' || file[2] != 'L' || file[3] != 'F') {
      throw new ElfFormatException("not an ELF file (bad magic number)");
    }
    expect("ELF class", file[4], ELF_CLASS_32, "32-bit");
    expect("data encoding", file[5], ELF_DATA_LITTLE_ENDIAN, "little-endian");
    expect("identification version", file[6], ELF_VERSION_CURRENT, "current");
    expect("type", Short.toUnsignedInt(bytes.getShort(16)), TYPE_EXECUTABLE, "EXEC");
    expect("machine", Short.toUnsignedInt(bytes.getShort(18)), MACHINE_386, "Intel 80386");
    expect("version", bytes.getInt(20), ELF_VERSION_CURRENT, "current");
    int headerSize = Short.toUnsignedInt(bytes.getShort(40));
    if (headerSize < HEADER_SIZE) {
      throw new ElfFormatException(
          "ELF header size is " + headerSize + ", expected at least " + HEADER_SIZE);
    }
  }

  private static ElfSegment readSegment(ByteBuffer bytes, int at, int index, int fileLength)
      throws ElfFormatException {
    long offset = unsigned(bytes.getInt(at + 4));
    long address = unsigned(bytes.getInt(at + 8));
    long fileSize = unsigned(bytes.getInt(at + 16));
    long memorySize = unsigned(bytes.getInt(at + 20));
    int flags = bytes.getInt(at + 24);
    long alignment = unsigned(bytes.getInt(at + 28));
    String name = "segment " + index;
    if (fileSize > memorySize) {
      throw new ElfFormatException(
          name + " has a file size (" + fileSize + ") larger than its memory size ("
              + memorySize + ")");
    }
    if (offset + fileSize > fileLength) {
      throw new ElfFormatException(
          name + " file bytes [0x" + Long.toHexString(offset) + ", 0x"
              + Long.toHexString(offset + fileSize) + ") lie outside the file of " + fileLength
              + " bytes");
    }
    if (alignment > 1) {
      if (Long.bitCount(alignment) != 1) {
        throw new ElfFormatException(name + " alignment " + alignment + " is not a power of two");
      }
      if (address % alignment != offset % alignment) {
        throw new ElfFormatException(
            name + " address 0x" + Long.toHexString(address) + " and file offset 0x"
                + Long.toHexString(offset) + " are not congruent modulo its alignment "
                + alignment);
      }
    }
    return new ElfSegment(
        address,
        offset,
        fileSize,
        memorySize,
        (flags & FLAG_READ) != 0,
        (flags & FLAG_WRITE) != 0,
        (flags & FLAG_EXECUTE) != 0,
        alignment);
  }

  private static void expect(String field, int actual, int expected, String meaning)
      throws ElfFormatException {
    if (actual != expected) {
      throw new ElfFormatException(
          field + " is " + actual + ", expected " + expected + " (" + meaning + ")");
    }
  }

  private static long unsigned(int value) {
    return Integer.toUnsignedLong(value);
  }
}
