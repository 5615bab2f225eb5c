package org.minix3j.servers.vm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Hand-built ELF32 i386 executables: segments at chosen addresses, each at a page of its own in the file. */
final class ElfBuilder {
  static final int PF_X = 1;
  static final int PF_W = 2;
  static final int PF_R = 4;

  private static final class Segment {
    final int type;
    final long address;
    final byte[] bytes;
    final long memorySize;
    final int flags;

    Segment(int type, long address, byte[] bytes, long memorySize, int flags) {
      this.type = type;
      this.address = address;
      this.bytes = bytes;
      this.memorySize = memorySize;
      this.flags = flags;
    }
  }

  private final List<Segment> segments = new ArrayList<>();
  private long entry;
  private int type = 2;
  private int machine = 3;

  ElfBuilder entry(long address) {
    this.entry = address;
    return this;
  }

  ElfBuilder type(int elfType) {
    this.type = elfType;
    return this;
  }

  ElfBuilder machine(int elfMachine) {
    this.machine = elfMachine;
    return this;
  }

  ElfBuilder load(long address, byte[] bytes, long memorySize, int flags) {
    segments.add(new Segment(1, address, bytes.clone(), memorySize, flags));
    return this;
  }

  ElfBuilder header(int programType) {
    segments.add(new Segment(programType, 0, new byte[0], 0, PF_R));
    return this;
  }

  /** The usual program: text at 0x08049000 (entry), read-only data, data with bss. */
  static ElfBuilder typical() {
    return new ElfBuilder()
        .entry(0x08049000L)
        .load(0x08049000L, filled(0x1800, 0x11), 0x1800, PF_R | PF_X)
        .load(0x0804B000L, filled(0x20, 0x22), 0x20, PF_R)
        .load(0x0804C100L, filled(0x1000, 0x33), 0x3000, PF_R | PF_W);
  }

  static byte[] filled(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (seed + i * 7);
    }
    return bytes;
  }

  byte[] build() {
    int headerEnd = 52 + 32 * segments.size();
    long[] offsets = new long[segments.size()];
    long next = (headerEnd + 0xFFF) & ~0xFFFL;
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      offsets[i] = next + (segment.address & 0xFFF);
      next = (offsets[i] + segment.bytes.length + 0xFFF) & ~0xFFFL;
    }
    ByteBuffer file = ByteBuffer.allocate((int) next).order(ByteOrder.LITTLE_ENDIAN);
    file.put(new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1, 0});
    file.position(16);
    file.putShort((short) type).putShort((short) machine).putInt(1).putInt((int) entry)
        .putInt(52).putInt(0).putInt(0).putShort((short) 52).putShort((short) 32)
        .putShort((short) segments.size()).putShort((short) 40).putShort((short) 0)
        .putShort((short) 0);
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      file.putInt(segment.type).putInt((int) offsets[i]).putInt((int) segment.address)
          .putInt((int) segment.address).putInt(segment.bytes.length)
          .putInt((int) segment.memorySize).putInt(segment.flags).putInt(0x1000);
    }
    for (int i = 0; i < segments.size(); i++) {
      file.position((int) offsets[i]);
      file.put(segments.get(i).bytes);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(file.array());
    return out.toByteArray();
  }
}
