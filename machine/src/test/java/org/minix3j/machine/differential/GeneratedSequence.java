package org.minix3j.machine.differential;

import java.util.List;
import java.util.Set;

/**
 * One generated test sequence: the state it starts from (eight registers, ESP excepted, which
 * the program sets to the stack area; the arithmetic flags; the data area) and its assembly
 * lines, with the flags that are undefined where it ends and the families it used.
 *
 * <p>The registers and data area are copied in at construction and copied out (or read one
 * element at a time) by the accessors; the lines and families are kept as given.
 */
final class GeneratedSequence {
  private final int index;
  private final int[] registers;
  private final int flags;
  private final byte[] data;
  private final List<String> lines;
  private final int undefinedFlags;
  private final Set<Family> families;

  GeneratedSequence(
      int index,
      int[] registers,
      int flags,
      byte[] data,
      List<String> lines,
      int undefinedFlags,
      Set<Family> families) {
    this.index = index;
    this.registers = registers.clone();
    this.flags = flags;
    this.data = data.clone();
    this.lines = lines;
    this.undefinedFlags = undefinedFlags;
    this.families = families;
  }

  int index() {
    return index;
  }

  /** The starting value of one register, by Intel index. */
  int register(int register) {
    return registers[register];
  }

  int flags() {
    return flags;
  }

  /** A copy of the starting data area. */
  byte[] data() {
    return data.clone();
  }

  List<String> lines() {
    return lines;
  }

  int undefinedFlags() {
    return undefinedFlags;
  }

  Set<Family> families() {
    return families;
  }

  @Override
  public String toString() {
    return "sequence " + index + " (" + lines.size() + " lines)";
  }

  /** The sequence as assembly text, for mismatch reports. */
  String listing() {
    return String.join("\n", lines);
  }
}
